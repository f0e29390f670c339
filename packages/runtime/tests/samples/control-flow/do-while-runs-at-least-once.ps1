$i = 10
do { "ran $i" } while ($i -lt 5)
