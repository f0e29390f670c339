# A slice indexes each element with the same indexer: without strict mode the missing ones are dropped, under
# Set-StrictMode 3.0 the first one out of bounds fails.
$a = 1, 2, 3
($a[1..4]).Count
Set-StrictMode -Version 3.0
try { $a[1..4] } catch { $_.FullyQualifiedErrorId }
