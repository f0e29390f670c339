[pscustomobject]@{ a = 1 } | Select-Object a, zz
