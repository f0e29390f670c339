(1..3 | Select-Object -First 2 -Last 2) -join ","
(1..10 | Select-Object -Skip 8 -Last 3) -join ","
