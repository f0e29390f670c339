throw
'after'
