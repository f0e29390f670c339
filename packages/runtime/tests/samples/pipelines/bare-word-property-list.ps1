[pscustomobject]@{ Name = 'n'; Count = 1; X = 2 } | Select-Object Name, Count
