# Import-Module -ArgumentList binds positionally to the .psm1's param() block; what no parameter takes is $args.
Import-Module "$PSScriptRoot/fixtures/Parameterized" -ArgumentList 'Hello', 2, 'extra'
Get-Greeting
Get-Rest
Remove-Module Parameterized
# Without arguments the parameters keep their defaults.
Import-Module "$PSScriptRoot/fixtures/Parameterized"
Get-Greeting
Get-Rest
Remove-Module Parameterized
# New-Module -ArgumentList binds the same way.
$null = New-Module -Name Dyn -ScriptBlock { param($Name) function Get-Dyn { "dyn $Name" } } -ArgumentList 'x'
Get-Dyn
