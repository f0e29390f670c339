$h = @{ inner = @{ v = 1 } }
$h.inner.v
