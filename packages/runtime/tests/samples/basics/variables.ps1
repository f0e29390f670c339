$x = 5; $x * 2
"Hello $x"
