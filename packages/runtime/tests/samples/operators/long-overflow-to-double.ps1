# LongOps: Int64 arithmetic is exact; on overflow the result is a Double.
[long]::MaxValue + 1
([long]::MaxValue + 1).GetType().FullName
[long]::MinValue - 1
([long]::MaxValue * 2).GetType().FullName
(3000000000 + 1).GetType().FullName
3000000000 * 2
9223372036854775807 - 1
