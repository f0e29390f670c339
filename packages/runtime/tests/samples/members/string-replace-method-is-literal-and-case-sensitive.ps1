'a.b.c'.Replace('.', '-')
'Hello'.Replace('h', 'J')
