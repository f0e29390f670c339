$h = [ordered]@{ z = 1; a = 2; m = 3 }
$h.Keys -join ','
