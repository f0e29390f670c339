function f { 'in f'; break; 'not reached' }
f
'after'
