function f($a, $b) { "$a|$b" }
function g { f @args }
g -b 2 -a 1
g -b:3 4
function h { "$args"; $args.Count; $args[0] -eq '-x' }
h -x 5
