$x = [pscustomobject][ordered]@{ one = 1; two = 2 }
$x.PSObject.Properties.Name -join ','
