$i = 5
$j = $i++
$j
$i
