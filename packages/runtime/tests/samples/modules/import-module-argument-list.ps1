# Import-Module -ArgumentList: the module file receives the values in $args.
Import-Module "$PSScriptRoot/fixtures/Configured" -ArgumentList 'Hello'
Get-Configured
Remove-Module Configured
