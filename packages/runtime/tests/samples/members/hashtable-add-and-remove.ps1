$h = @{ a = 1 }
$h['c'] = 3
$h.Add('d', 4)
$h.Remove('a')
$h.Count
