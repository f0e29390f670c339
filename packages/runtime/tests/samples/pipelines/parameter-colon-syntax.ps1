Write-Output -NoEnumerate:$true 1, 2 | Measure-Object | ForEach-Object Count
1, 2 | Select-Object -First:1
