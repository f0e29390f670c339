[pscustomobject]@{ b = 1; a = 2 }
