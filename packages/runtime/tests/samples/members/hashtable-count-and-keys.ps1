$h = @{ a = 1; b = 2 }
$h.Count
$h.Keys.Count
$h.ContainsKey('a')
$h.ContainsKey('z')
