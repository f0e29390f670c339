$a, $b = (1..5).Where({ $_ -gt 2 }, 'Split')
$a -join ','
$b -join ','
