[pscustomobject]@{ a = 1; b = 2; c = 3 } | Select-Object a, c
