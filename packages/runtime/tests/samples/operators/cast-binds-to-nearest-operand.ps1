[int]'3' + '4'
[string]3 + 4
