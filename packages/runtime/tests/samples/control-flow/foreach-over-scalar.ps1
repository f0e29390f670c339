foreach ($x in 5) { $x * 2 }
