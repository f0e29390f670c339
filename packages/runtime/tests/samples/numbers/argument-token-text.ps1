# A numeric command argument keeps its text (ParserOps.WrappedNumber): string and [version] conversions and output
# use it, arithmetic and numeric parameters use the number.
function ver([version]$v) { $v; $v.Major; $v.Minor }
ver 3.0
ver 1.10
function str([string]$s) { $s }
str 007
str 0x10
str 1.50
$n = 1.50
str $n
function num([int]$i) { $i }
num 007
function any($a) { $a; ($a + 1).GetType().Name; $a.GetType().Name }
any 007
Write-Output 0xa
Write-Output (0xa)
