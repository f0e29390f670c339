$obj = [pscustomobject]@{ p = 1 }
$obj.ForEach('p', 32)
$obj.p
