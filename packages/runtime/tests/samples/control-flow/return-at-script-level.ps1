'a'
return
'b'
