function f { process { 'p' } }
f
