[int]::MaxValue
[int]::Parse('12') + 1
