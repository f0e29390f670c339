# Get-Variable.Tests.ps1: -Include/-Exclude filter, and a filtered-out name is no error.
New-Variable -Name var1 -Value 4
New-Variable -Name var2 -Value 2
New-Variable -Name var3 -Value "test"
$actual = Get-Variable -Include var1, var2
$actual[0].Name, $actual[0].Value, $actual[1].Name, $actual[1].Value
(Get-Variable -Exclude var1, var2).Name -contains 'var3'
(Get-Variable -Exclude var1, var2).Name -contains 'var1'
Get-Variable -Name var1 -Exclude var*
(Get-Variable -Name var1 -Include var1 -Exclude bogus).Value
