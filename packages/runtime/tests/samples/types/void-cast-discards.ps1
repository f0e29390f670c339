[void](1 + 1)
'done'
