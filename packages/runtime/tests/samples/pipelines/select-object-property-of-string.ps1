'abc' | Select-Object Length
