$x = 1
function f { $x = 2; $x }
f
$x
