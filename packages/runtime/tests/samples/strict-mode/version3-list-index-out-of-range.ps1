# Set-StrictMode -Version 3.0: List[T] and ArrayList indexers rethrow their ArgumentOutOfRangeException; before 3.0
# an index out of range is $null. Negative indexes count from the end first.
$l = [System.Collections.Generic.List[int]]::new()
$l.Add(7)
$al = [System.Collections.ArrayList]::new()
$null -eq $l[5]
$null -eq $al[0]
Set-StrictMode -Version 3.0
$l[-1]
try { $l[5] } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category; $_.Exception.Message }
try { $l[-2] } catch { $_.Exception.GetType().FullName }
try { $al[0] } catch { $_.FullyQualifiedErrorId }
