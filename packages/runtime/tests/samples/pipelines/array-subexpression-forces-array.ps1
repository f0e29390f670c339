@(1..3 | Where-Object { $_ -eq 2 }).Count
@(1..3 | Where-Object { $_ -gt 5 }).Count
