'x'.Equals('X')
'x' -eq 'X'
