$counter++
$counter
