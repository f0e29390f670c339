1..2 | ForEach-Object -Process { $_ } -End { 'end' }
