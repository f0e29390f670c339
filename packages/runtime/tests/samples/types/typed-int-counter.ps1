[int]$count = 0
$count++
$count += 2
$count
