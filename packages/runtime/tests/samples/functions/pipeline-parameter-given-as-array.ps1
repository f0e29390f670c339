function f { param([Parameter(ValueFromPipeline)][int[]]$n) process { foreach ($i in $n) { $i * 2 } } }
f -n 1, 2
