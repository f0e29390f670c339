1..3 | Out-Null
'x'
