$a = 1..5
$a[1..($a.Count - 1)] -join ','
