1..3 | Select-Object -First 2 -OutBuffer 10
