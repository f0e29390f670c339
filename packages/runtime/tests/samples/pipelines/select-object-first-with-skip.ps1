1..10 | Select-Object -First 2 -Skip 1
