1..10 | Select-Object -First 2 -Last 2
