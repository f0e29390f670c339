foreach ($i in 1..3) { $i; & { if ($i -eq 2) { break } } }
'after'
