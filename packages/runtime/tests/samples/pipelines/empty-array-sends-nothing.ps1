@() | ForEach-Object { 'got one' }
'done'
