# Remove-Alias.Tests.ps1: removes an alias; a ReadOnly one needs -Force; a missing name or a bad -Scope is an error.
Set-Alias -Name tral -Value Get-Date
Remove-Alias tral
Get-Alias tral
Set-Alias -Name trro -Value Get-Date -Option ReadOnly
try { Remove-Alias trro } catch { $_.FullyQualifiedErrorId }
Remove-Alias trro -Force
Remove-Alias nope
Remove-Alias gci
Remove-Alias x -Scope 99
'end'
