$h = [ordered]@{ a = 1; b = 2 }
foreach ($k in $h.Keys) { "$k=$($h[$k])" }
