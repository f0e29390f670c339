# UInt64 keeps all 64 bits: limits, casts from text, literals with the ul suffix.
[uint64]::MaxValue
[uint64]'18446744073709551615'
[uint64]::MaxValue.GetType().FullName
[uint64]::MinValue
[uint64]::Parse('18446744073709551614')
1ul
(1ul).GetType().Name
[uint64]9007199254740993L
