# Set-StrictMode -Version 2.0: a property the object does not have is PropertyNotFoundStrict; a hashtable's missing
# key is still $null; variables inside strings are checked too.
Set-StrictMode -Version 2.0
$o = [pscustomobject]@{ a = 1 }
$o.a
try { $o.missing } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
$h = @{ k = 1 }
$null -eq $h.nokey
'abc'.Length
try { "x $neverSet" } catch { $_.FullyQualifiedErrorId }
$arr = 1, 2
$null -eq $arr[10]
