1..10 | Select-Object -Last 2
