Write-Output -NoEnumerate 1, 2, 3 | Measure-Object | ForEach-Object Count
