$null = 5
'ok'
