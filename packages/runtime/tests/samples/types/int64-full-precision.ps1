# Int64 values past 2^53 keep every digit through casts, operators and [math].
[long]9007199254740993
[long]::MaxValue
[long]::MinValue
[long]::MaxValue -shr 1
[long]::MaxValue -band 0xFF
1L -shl 62
[math]::Abs([long]::MinValue + 1)
[math]::Abs(-5L).GetType().FullName
[math]::Max(9223372036854775806, [long]::MaxValue)
[datetime]::new(2024, 1, 1).Ticks
[datetime]::new(2024, 1, 1).Ticks.GetType().FullName
