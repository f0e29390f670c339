$x = 1
function f { "[$local:x]"; "[$x]" }
f
