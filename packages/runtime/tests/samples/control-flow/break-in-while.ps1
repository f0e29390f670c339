$i = 0
while ($true) { $i++; if ($i -eq 4) { break } }
$i
