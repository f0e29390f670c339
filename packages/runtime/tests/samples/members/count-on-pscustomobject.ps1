([pscustomobject]@{ a = 1 }).Count
