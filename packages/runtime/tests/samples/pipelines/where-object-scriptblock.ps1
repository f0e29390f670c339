1..10 | Where-Object { $_ -gt 7 }
