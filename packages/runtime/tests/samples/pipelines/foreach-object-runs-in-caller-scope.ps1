1..3 | ForEach-Object { $last = $_ }
$last
