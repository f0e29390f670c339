$a, $b = 1, 2, 3
$a
$b.Count
