$h = @{a = 1} + @{b = 2}
$h.Count
$h.b
