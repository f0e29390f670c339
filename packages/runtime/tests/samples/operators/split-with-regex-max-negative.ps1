"a2b3c4d" -split '\d+', -2
