function f { $z = 5 }
. f
$z
