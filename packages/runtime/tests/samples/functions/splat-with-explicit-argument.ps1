function f($a, $b) { "$a|$b" }
$p = @{ b = 2 }
f @p -a 9
