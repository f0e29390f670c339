[array]$found = 1..5 | Where-Object { $_ -eq 3 }
$found.Count
