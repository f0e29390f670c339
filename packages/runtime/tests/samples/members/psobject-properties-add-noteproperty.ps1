$o = [pscustomobject]@{ a = 1 }
$o.PSObject.Properties.Add([psnoteproperty]::new('n', 2))
$o.n
$o
