function f($a, $b) { "a=$a b=$b" }
f(1, 2)
f 1 2
