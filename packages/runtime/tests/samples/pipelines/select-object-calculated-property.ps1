[pscustomobject]@{ a = 2 } | Select-Object a, @{ Name = 'Double'; Expression = { $_.a * 2 } }
