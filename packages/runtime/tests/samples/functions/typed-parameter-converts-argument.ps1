function f([int]$n) { $n * 2 }
f "21"
