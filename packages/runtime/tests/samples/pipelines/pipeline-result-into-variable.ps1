$r = 1..3 | ForEach-Object { $_ * 2 }
$r.Count
$r[2]
