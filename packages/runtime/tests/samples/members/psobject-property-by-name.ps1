$o = [pscustomobject]@{ a = 1 }
$o.PSObject.Properties['a'].Value
$name = 'a'
$o.$name
