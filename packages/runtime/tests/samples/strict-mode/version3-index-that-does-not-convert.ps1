# An index that does not convert to int ('x') gives $null, as an index out of bounds does; under Set-StrictMode 3
# the conversion error stands (pwsh's IndexWithNegativeChecks rethrows what the indexer threw).
$a = 1, 2
$null -eq $a['x']
$null -eq 'abc'['x']
$a['1']
Set-StrictMode -Version 3
try { $a['x'] } catch { $_.FullyQualifiedErrorId }
