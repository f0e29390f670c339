[pscustomobject]@{ a = 1 } | Select-Object *, @{ n = 'Extra'; e = { 1 } }
