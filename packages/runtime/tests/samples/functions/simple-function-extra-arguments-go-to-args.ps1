function f($a) { $a; $args }
f 1 2 3
