'a'
break
'b'
