function f { 'in f'; exit 3 }
f
'after'
