'a', 'b' | ForEach-Object ToUpper
