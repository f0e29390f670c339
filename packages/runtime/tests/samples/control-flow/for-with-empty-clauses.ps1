$i = 0
for (;;) { $i++; if ($i -ge 3) { break } }
$i
