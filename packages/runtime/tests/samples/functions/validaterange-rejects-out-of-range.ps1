function f { param([ValidateRange(1, 10)][int]$n) $n }
f 5
f 11
