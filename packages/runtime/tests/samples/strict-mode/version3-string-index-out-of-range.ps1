# Set-StrictMode -Version 3.0: a string's Chars indexer out of bounds fails as an array's does; before 3.0 it is $null.
$s = 'abc'
$null -eq $s[10]
Set-StrictMode -Version 3.0
$s[-1]
try { $s[10] } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { $s[-4] } catch { $_.Exception.GetType().Name }
