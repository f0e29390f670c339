f
function f { 'x' }
f
