# -Prefix renames the module's aliases too, and an alias of one of its functions points at the renamed function.
Import-Module "$PSScriptRoot/fixtures/Greet/2.1.0/Greet.psd1" -Prefix X
Get-XGreeting
Xgg
(Get-Alias Xgg).Definition
[bool](Get-Alias gg -ErrorAction SilentlyContinue)
Remove-Module Greet
[bool](Get-Alias Xgg -ErrorAction SilentlyContinue)
