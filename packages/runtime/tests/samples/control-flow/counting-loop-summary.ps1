$i = 0
foreach ($x in 'a', 'b') { $i++ }
"Total: $i"
