# Bitwise operators use the wider operand's type (GetBitwiseOpType): UInt32 and UInt64 stay unsigned.
([uint32]6 -band 3).GetType().Name
[uint32]4294967295 -band -1
[uint64]::MaxValue -band 1
([uint64]::MaxValue -band 1).GetType().Name
(1L -bor [uint64]2).GetType().Name
-bnot [uint32]0
-bnot [uint64]0
