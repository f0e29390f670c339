function f($a, $b) { "$a|$b" }
function g { f @args }
g -b 2 -a 1
