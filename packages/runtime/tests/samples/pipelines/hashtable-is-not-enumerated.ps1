@{ a = 1; b = 2 } | Measure-Object | ForEach-Object Count
