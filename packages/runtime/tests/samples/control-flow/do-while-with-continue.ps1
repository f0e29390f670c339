$i = 0
do { $i++; if ($i -eq 2) { continue }; $i } while ($i -lt 4)
