# Set-Variable.Tests.ps1: pipeline values become the value (one object as itself, several as an array); -Append.
$testValue = "piped input"
$testValue | Set-Variable -Name testVar
$testVar
1, 2, 3 | Set-Variable -Name many
$many.Count
$testVar = 1
4..6 | Set-Variable -Name testVar -Append
$testVar -join ','
Set-Variable -Name t2 -Value 1
Set-Variable -Name t2 -Value @(2, 3, 4) -Append
$observed = Get-Variable t2 -Value
$observed.Count
$observed[0]
$observed[1] -join ','
sv s1 -Value 2
set s2 -Value 3
$s1 + $s2
