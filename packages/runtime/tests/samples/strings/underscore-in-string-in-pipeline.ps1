'x', 'y' | ForEach-Object { "item: $_" }
