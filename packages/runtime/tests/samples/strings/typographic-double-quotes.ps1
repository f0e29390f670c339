$n = 'x'
“hello $n”
