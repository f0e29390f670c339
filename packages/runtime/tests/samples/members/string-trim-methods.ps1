'[' + '  x  '.Trim() + ']'
'[' + '  x  '.TrimStart() + ']'
'[' + '  x  '.TrimEnd() + ']'
'xxhixx'.Trim('x')
