$o = [pscustomobject]@{ Inner = [pscustomobject]@{ Value = 'deep' } }
$o.Inner.Value
