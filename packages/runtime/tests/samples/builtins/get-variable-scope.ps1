# Get-Variable.Tests.ps1 scope tests: -Scope global/local/script and numbers relative to the caller.
New-Variable globalVar -Value 1 -Scope global -Force
(Get-Variable -Name globalVar -Scope global).Value
Get-Variable -Name globalVar -Scope local
New-Variable localVar -Value 1 -Scope local -Force
New-Variable localVar -Value 2 -Scope global -Force
(Get-Variable -Name localVar -Scope global).Value
(Get-Variable -Name localVar).Value
function f { $localVar = 3; (Get-Variable localVar -Scope 0).Value; (Get-Variable localVar -Scope 1).Value; (Get-Variable localVar -Scope 2).Value }
f
Get-Variable x -Scope 5
Get-Variable x -Scope bogus
