$n = 0
[int]::TryParse('12', [ref]$n)
$n
[int]::TryParse('x', [ref]$n)
