# ConvertTo-Json writes UInt32 and UInt64 values as numbers with all their digits.
[uint64]::MaxValue | ConvertTo-Json
@{ a = [uint32]4294967295 } | ConvertTo-Json -Compress
