function f { throw 'x' }
f
'after'
