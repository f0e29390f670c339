'Hello' -is 'foo'
'after'
