"a" + $null + "b"
'x' + 1 + 2
