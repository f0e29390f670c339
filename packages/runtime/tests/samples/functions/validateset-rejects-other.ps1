function f { param([ValidateSet('a', 'b')]$x) $x }
f c
'after'
