$true
$false
$null
