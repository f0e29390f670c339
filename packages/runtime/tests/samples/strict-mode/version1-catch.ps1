# The strict-mode error is a terminating error: try/catch sees its message; properties are not checked in 1.0.
Set-StrictMode -Version 1
try { $neverSet } catch { $_.Exception.Message; $_.CategoryInfo.Category; $_.FullyQualifiedErrorId }
$o = [pscustomobject]@{ a = 1 }
$null -eq $o.missing
$arr = 1, 2
$null -eq $arr[10]
$y = $null
$null -eq $y
