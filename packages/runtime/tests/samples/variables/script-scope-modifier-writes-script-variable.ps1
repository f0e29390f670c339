$x = 1
function f { $script:x = 2 }
f
$x
