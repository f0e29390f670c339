$p = [pscustomobject]@{ Name = 'x' }
"$($p.Name)"
