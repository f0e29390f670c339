[int]'abc'
'after'
