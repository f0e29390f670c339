$h = [ordered]@{ z = 1; a = 2 }
$h[1]
$h['z']
