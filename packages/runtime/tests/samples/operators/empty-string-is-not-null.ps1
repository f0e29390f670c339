'' -eq $null
$null -eq ''
