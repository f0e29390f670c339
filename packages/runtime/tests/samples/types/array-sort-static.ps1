$a = 3, 1, 2
[array]::Sort($a)
$a -join ','
