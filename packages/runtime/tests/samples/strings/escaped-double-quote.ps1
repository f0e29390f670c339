"a`"b"
'a"b'
