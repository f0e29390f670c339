# A module file is a script too: its #requires are checked before it runs; Import-Module stops with a terminating
# error (-ErrorAction does not silence it) and nothing is imported.
Import-Module "$PSScriptRoot/fixtures/Demanding" -ErrorAction SilentlyContinue
$null -eq (Get-Module Demanding)
[bool](Get-Command Get-Demand -ErrorAction SilentlyContinue)
Import-Module "$PSScriptRoot/fixtures/Demanding"
'after'
