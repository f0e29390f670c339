$r = 1..3 | Where-Object { $_ -eq 2 }
$r.GetType().Name
