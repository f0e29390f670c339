'a' -in 'A', 'b'
'a' -cin 'A', 'b'
