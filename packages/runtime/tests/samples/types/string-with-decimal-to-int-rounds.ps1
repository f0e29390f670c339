[int]'3.5'
[int]'2.5'
[int]'1e2'
