$arr = 1, 2
$none = $null
${arr}?[1]
$null -eq ${none}?[0]
