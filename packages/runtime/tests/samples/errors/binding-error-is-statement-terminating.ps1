function f([int]$n) { $n }
f 'abc'
'continues'
