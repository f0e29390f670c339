# Comparison is exact across signed and unsigned; -is/-as know UInt32 and UInt64.
[uint64]::MaxValue -gt [long]::MaxValue
[uint64]18446744073709551614 -lt [uint64]::MaxValue
[uint32]1 -eq 1
[uint32]5 -lt -1
1ul -is [uint64]
1ul -is [long]
[uint32]7 -is [uint32]
7 -is [uint32]
('42' -as [uint64]).GetType().Name
$null -eq (-1 -as [uint32])
