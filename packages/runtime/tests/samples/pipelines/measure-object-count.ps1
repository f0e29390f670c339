'a', 'b', 'c' | Measure-Object | ForEach-Object Count
