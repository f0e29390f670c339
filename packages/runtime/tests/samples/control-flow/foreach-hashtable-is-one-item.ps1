$h = @{ a = 1; b = 2 }
$n = 0
foreach ($x in $h) { $n++ }
$n
