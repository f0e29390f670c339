# New-Variable.Tests.ps1: a second New-Variable of a name is VariableAlreadyExists unless -Force; -Scope 1 checks the parent.
New-Variable var1 -Value 1 -Description 'first' -PassThru | ForEach-Object { "$($_.Name) $($_.Value) $($_.Description) $($_.Options)" }
New-Variable var1 -Value 2
$var1
New-Variable var1 -Value 3 -Force
$var1
function f { New-Variable var1 -Scope 1; New-Variable var1 -Value 'inner'; $var1 }
f
try { New-Variable var1 -ErrorAction Stop } catch { $_.CategoryInfo.Category; $_.Exception.Message }
