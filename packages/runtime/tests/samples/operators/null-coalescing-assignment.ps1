$a = $null
$a ??= 7
$b = 1
$b ??= 7
$a
$b
