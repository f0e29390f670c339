'ab', 'abc' | Where-Object Length -GT 2
