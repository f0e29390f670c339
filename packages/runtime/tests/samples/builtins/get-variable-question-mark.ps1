# $? is listed as a variable (pwsh's QuestionMarkVariable: ReadOnly, AllScope) reading the last command's status.
Write-Error 'x' -ErrorAction SilentlyContinue
Get-Variable -Name ? | ForEach-Object Value
(Get-Variable -Name ?).Options.ToString()
try { $? = $true } catch { $_.FullyQualifiedErrorId }
