$o = [pscustomobject]@{ Name = 'n'; Count = 3 }
$o.Name
$o.Count
$o.PSObject.Properties.Name -join ','
