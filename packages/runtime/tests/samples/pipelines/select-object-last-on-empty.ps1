@() | Select-Object -Last 1
'done'
