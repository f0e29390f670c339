function f($a, $b) { "$a|$b" }
$p = @{ a = 1; b = 2 }
f @p
