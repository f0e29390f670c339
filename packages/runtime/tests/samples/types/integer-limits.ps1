[long]::MaxValue
[int]::MinValue
