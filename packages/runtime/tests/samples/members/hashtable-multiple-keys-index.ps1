$h = [ordered]@{ a = 1; b = 2 }
$h['a', 'b']
