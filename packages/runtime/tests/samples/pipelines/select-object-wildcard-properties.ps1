[pscustomobject]@{ Name = 1; Nick = 2; Age = 3 } | Select-Object N*
