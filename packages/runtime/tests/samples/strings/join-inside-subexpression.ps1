$a = 'x', 'y'
"items: $($a -join ', ')"
