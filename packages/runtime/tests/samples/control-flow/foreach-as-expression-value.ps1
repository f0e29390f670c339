$r = foreach ($i in 1..3) { $i * $i }
$r -join ','
