$o = [pscustomobject]@{ a = 1; b = 2 }
foreach ($p in $o.PSObject.Properties) { "$($p.Name)=$($p.Value)" }
