Write-Output -InputObject 1, 2 | Measure-Object | ForEach-Object Count
