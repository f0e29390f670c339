[pscustomobject]@{ a = 2 } | Select-Object @{ n = 'Label'; e = { "v$($_.a)" } }
[pscustomobject]@{ a = 3 } | Select-Object @{ Label = 'Other'; Expression = 'a' }
