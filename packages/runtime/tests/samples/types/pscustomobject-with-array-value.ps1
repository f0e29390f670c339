[pscustomobject]@{ a = 1, 2 }
