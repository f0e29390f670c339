[int]'0x1F'
[double]'1e3'
[int]$null
