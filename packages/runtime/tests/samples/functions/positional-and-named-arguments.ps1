function f($x, $y) { "$x-$y" }
f 1 2
f -y 2 -x 1
f 1 -x 3
