1..10 | Select-Object -First 3
