1, 1, 2, 2, 3 | Select-Object -Unique
