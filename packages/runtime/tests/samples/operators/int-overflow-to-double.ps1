# IntOps: Int32 op Int32 is an Int32; on overflow the result is a Double (not Int64).
$a = [int]::MaxValue + 1
$a
$a.GetType().FullName
([int]::MaxValue * 2).GetType().FullName
([int]::MinValue - 1).GetType().FullName
$i = [int]::MaxValue
$i++
$i.GetType().FullName
1000000 * 1000000
(5 + 3).GetType().FullName
