# Get-Variable.Tests.ps1: a missing name is VariableNotFound; a pattern that matches nothing is no error.
Get-Variable -Name nonexistingVariableName
Get-Variable -Name nonexisting*
try { Get-Variable -ErrorAction Stop -Name nonexistingVariableName } catch { $_.Exception.Message; $_.CategoryInfo.Category }
