# Converting [NullString]::Value to [string] gives a null string (not ''): that is what the type is for.
$s = [string][NullString]::Value
$null -eq $s
[string]$t = [NullString]::Value
$null -eq $t
$t -is [string]
function f([string]$p) { $null -eq $p; $p -eq '' }
f ([NullString]::Value)
[string]$u = $null
$null -eq $u
