[array]$a = 5
$a.Count
$a[0]
