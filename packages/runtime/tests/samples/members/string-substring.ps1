'hello'.Substring(1, 3)
'hello'.Substring(2)
