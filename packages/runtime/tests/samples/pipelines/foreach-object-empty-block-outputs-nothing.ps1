1, 2 | ForEach-Object { }
'done'
