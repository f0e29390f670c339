# Set-StrictMode -Version 2.0 (pwsh's PSGetMemberBinder): a property the object does not have, a dictionary key read
# as a property, and the Count/Length a scalar answers outside strict mode are PropertyNotFoundStrict; indexing a
# dictionary by a missing key is still $null; variables inside strings are checked too.
Set-StrictMode -Version 2.0
$o = [pscustomobject]@{ a = 1 }
$o.a
try { $o.missing } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
$h = @{ k = 1 }
try { $h.nokey } catch { "key: $($_.FullyQualifiedErrorId)" }
$null -eq $h['nokey']
$h.Count
'abc'.Length
@(5).Count
$x = 5
try { $x.Count } catch { "scalar Count: $($_.FullyQualifiedErrorId)" }
try { $null.Length } catch { "null Length: $($_.FullyQualifiedErrorId)" }
try { "x $neverSet" } catch { $_.FullyQualifiedErrorId }
$arr = 1, 2
$null -eq $arr[10]
