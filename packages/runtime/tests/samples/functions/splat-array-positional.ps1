function f($a, $b) { "$a|$b" }
$arr = 'x', 'y'
f @arr
