$i = 1L
$i++
$i
$i.GetType().Name
$i += 1
$i.GetType().Name
