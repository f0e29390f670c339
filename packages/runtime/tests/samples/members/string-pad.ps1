'[' + 'abc'.PadLeft(5) + ']'
'abc'.PadRight(5, '.')
