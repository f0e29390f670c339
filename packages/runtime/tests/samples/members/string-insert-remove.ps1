'abc'.Insert(1, 'X')
'abcdef'.Remove(2, 2)
