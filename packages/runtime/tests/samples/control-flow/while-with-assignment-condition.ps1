$i = 0
while (($i += 1) -lt 3) { $i }
