1..5 | Where-Object { $_ % 2 } | ForEach-Object { $_ * 10 }
1..10 | Select-Object -First 3
Write-Output 1,2,3 | Measure-Object | ForEach-Object Count
