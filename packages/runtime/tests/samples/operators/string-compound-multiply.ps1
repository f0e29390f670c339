$s = 'ab'
$s *= 2
$s
