$i = 0
do { $i++ } until ($i -ge 3)
$i
