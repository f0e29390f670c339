$h = @{ a = 1 }
$h += @{ b = 2 }
$h.Count
