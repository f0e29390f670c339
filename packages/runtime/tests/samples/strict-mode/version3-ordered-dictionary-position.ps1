# An [ordered] dictionary's position indexer is an ArrayList's: out of range it is $null, under Set-StrictMode 3
# an ArgumentOutOfRangeException; a missing key is $null in both.
$o = [ordered]@{ a = 1; b = 2 }
$o[-1]
$null -eq $o[5]
Set-StrictMode -Version 3
$o[0]
try { $o[5] } catch { $_.FullyQualifiedErrorId }
$null -eq $o['zz']
