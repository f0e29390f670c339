function f([int]$n) { $n }
f "abc"
'after'
