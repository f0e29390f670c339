[pscustomobject]@{ Items = 1, 2, 3 } | Select-Object -ExpandProperty Items
