[pscustomobject]@{ a = 1; b = 2 } | Select-Object * -ExcludeProperty b
