1, 2, 3 | ForEach-Object { $_ + 1 } && 'end'
