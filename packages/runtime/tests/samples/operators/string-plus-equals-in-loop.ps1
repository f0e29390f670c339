$s = ''
foreach ($c in 'a', 'b', 'c') { $s += $c }
$s
