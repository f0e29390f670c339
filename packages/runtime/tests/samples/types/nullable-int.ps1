[Nullable[int]]$n = $null
$null -eq $n
$n = '5'
$n + 1
