1..5 | Select-Object -Skip 3
