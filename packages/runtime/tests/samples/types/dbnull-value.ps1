# [DBNull]::Value is an object, not $null: pwsh 7.0 reverted treating it as null in comparisons (PowerShell#11584),
# so it equals only itself, converts to $true, and its text is empty.
$d = [System.DBNull]::Value
$d.GetType().FullName
$null -eq $d
$d -eq $null
$d -eq [DBNull]::Value
$d -is [DBNull]
[bool]$d
"[$d]"
