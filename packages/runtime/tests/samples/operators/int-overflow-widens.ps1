[int]::MaxValue + 1
