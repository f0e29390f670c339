$n = 0
1..100 | ForEach-Object { $n++; $_ } | Select-Object -First 2 | Out-Null
$n
