1..3 | Select-Object -First 0
'done'
