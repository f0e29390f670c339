# LongOps: Int64 with Int64 stays Int64; exact quotients stay Int64, others and overflows become Double.
(1L + 1).GetType().Name
(5L * 2).GetType().Name
(8L / 2).GetType().Name
7L / 2
([long]::MaxValue + 1).GetType().Name
[long]::MaxValue - 1
-[long]::MaxValue
