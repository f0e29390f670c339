# Remove-Variable.Tests.ps1: by name and pattern, -Include/-Exclude, ReadOnly needs -Force, Constant never goes.
$var1 = 'value'
Remove-Variable $var1
Remove-Variable -Name var1
@(Get-Variable -Name var* | Where-Object Name -eq var1).Count
New-Variable tvar1 1; New-Variable tvar2 2; New-Variable tvar3 3
Remove-Variable -Name tvar* -Exclude tvar2
(Get-Variable -Name tvar* | ForEach-Object Name) -join ','
New-Variable ro 1 -Option ReadOnly
Remove-Variable ro
Remove-Variable ro -Force
Get-Variable ro -ErrorAction SilentlyContinue
New-Variable k 1 -Option Constant
Remove-Variable k -Force
$k
Remove-Variable nothing
Remove-Variable nothing*
