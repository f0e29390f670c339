$y = 10
function f { $y + 1 }
f
