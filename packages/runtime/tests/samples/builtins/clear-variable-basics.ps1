# Clear-Variable.Tests.ps1: the value becomes $null; ReadOnly needs -Force and stays ReadOnly; -PassThru.
Set-Variable foo bar
Clear-Variable -Name foo
$var1 = Get-Variable -Name foo
$var1.Name
$null -eq $var1.Value
$var1.Options.ToString()
Set-Variable rofoo bar -Option ReadOnly
function f { Clear-Variable -Name rofoo -Scope 1 }
f
$rofoo
Clear-Variable -Name rofoo -Force
$null -eq $rofoo
(Get-Variable rofoo).Options.ToString()
$a = 1; $b = 2; $c = 3
Clear-Variable -Name a, b -PassThru | ForEach-Object { "$($_.Name)=[$($_.Value)]" }
Clear-Variable nothere
try { Clear-Variable -Name rofoo -ErrorAction Stop } catch { $_.CategoryInfo.Reason }
