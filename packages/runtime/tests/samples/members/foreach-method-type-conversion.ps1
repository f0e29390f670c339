$r = ('1', '2').ForEach([int])
$r[0] + $r[1]
