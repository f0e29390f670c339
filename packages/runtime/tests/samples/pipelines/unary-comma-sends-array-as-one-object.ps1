, (1, 2, 3) | ForEach-Object { $_.Count }
