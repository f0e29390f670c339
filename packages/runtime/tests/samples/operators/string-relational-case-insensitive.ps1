'a' -lt 'B'
'a' -clt 'B'
