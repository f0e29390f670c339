# New-Variable.Tests.ps1: ReadOnly and Constant variables refuse changes; Constant cannot be added later or removed.
New-Variable -Name ro -Value 1 -Option ReadOnly
Set-Variable -Name ro -Value 2 -ErrorAction SilentlyContinue
$ro
New-Variable -Name var1 -Value 1
Set-Variable -Name var1 -Option Constant -ErrorAction SilentlyContinue
(Get-Variable var1).Options.ToString()
New-Variable -Name c -Value 2 -Option Constant
Remove-Variable -Name c -ErrorAction SilentlyContinue
Remove-Variable -Name c -Force -ErrorAction SilentlyContinue
$c
Set-Variable -Name c -Value 3 -Force -ErrorAction SilentlyContinue
$c
$Error[0].FullyQualifiedErrorId
$Error[1].FullyQualifiedErrorId
$Error[3].FullyQualifiedErrorId
$Error[4].FullyQualifiedErrorId
New-Variable -Name p -Value 100 -Option Private
$p
& { "child sees [$p]" }
