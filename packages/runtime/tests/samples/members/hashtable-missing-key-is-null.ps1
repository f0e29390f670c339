$h = @{ a = 1 }
$null -eq $h.missing
$null -eq $h['missing']
