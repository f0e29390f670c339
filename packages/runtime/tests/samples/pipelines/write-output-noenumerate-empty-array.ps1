Write-Output -NoEnumerate @() | Measure-Object | ForEach-Object Count
