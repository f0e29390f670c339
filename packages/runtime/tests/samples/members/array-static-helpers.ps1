$a = 1, 2, 3
[array]::Reverse($a)
$a -join ','
[array]::IndexOf(@('a', 'b'), 'b')
