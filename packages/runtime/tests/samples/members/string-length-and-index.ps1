'abc'.Length
'abc'[0]
'abc'[-1]
