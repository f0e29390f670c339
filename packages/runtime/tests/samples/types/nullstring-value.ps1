# [NullString]::Value is an object, not $null: it equals only itself, is true as a condition, and its text is empty
# (NullString.ToString() is null). Its type is System.Management.Automation.Language.NullString.
$n = [NullString]::Value
$n.GetType().FullName
$null -eq $n
$n -eq $null
$n -eq [System.Management.Automation.Language.NullString]::Value
$n -is [NullString]
$n -is [string]
[bool]$n
"[$n]"
($n ?? 'fallback').GetType().Name
