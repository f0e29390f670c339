$o = [pscustomobject]@{ a = 1 }
$o.a = 5
$o.a
