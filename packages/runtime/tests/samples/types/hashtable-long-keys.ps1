# Boxed longs are equal keys by value; an Int32 of the same value is a different key.
$h = @{}
$h[1L] = 'long'
$h[1L]
$h.ContainsKey(1)
