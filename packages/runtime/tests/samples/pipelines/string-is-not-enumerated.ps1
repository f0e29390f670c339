'abc' | Measure-Object | ForEach-Object Count
