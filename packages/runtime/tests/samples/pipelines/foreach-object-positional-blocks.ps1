1..2 | ForEach-Object { 'B' } { "P$_" } { 'E' }
