'Hello' -is [foo]
'after'
