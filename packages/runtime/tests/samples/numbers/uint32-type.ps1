# UInt32 reports its own type: casts, the u suffix, MaxValue.
[uint32]4294967295
([uint32]4294967295).GetType().Name
([uint32]1).GetType().Name
(1u).GetType().Name
[uint32]::MaxValue
[uint32]::MaxValue.GetType().FullName
[convert]::ToUInt32('4000000000').GetType().Name
