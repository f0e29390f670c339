$h = @{}
foreach ($k in 'a', 'b', 'a') { if ($h.ContainsKey($k)) { $h[$k]++ } else { $h[$k] = 1 } }
$h['a']
$h['b']
