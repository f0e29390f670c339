'abc'.Substring(10)
'continues'
