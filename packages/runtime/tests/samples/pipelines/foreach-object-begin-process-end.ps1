1..3 | ForEach-Object -Begin { $s = 0 } -Process { $s += $_ } -End { $s }
