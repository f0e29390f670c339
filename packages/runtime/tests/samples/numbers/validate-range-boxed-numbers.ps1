# ValidateRange checks a whole Double and an Int64 by value.
function g { param([ValidateRange(1, 3)][double]$d) $d }
g 2.0
function l { param([ValidateRange(1, 3)][long]$n) $n }
l 2
try { l 5 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
