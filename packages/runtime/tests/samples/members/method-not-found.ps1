'abc'.NoSuchMethod()
'after'
