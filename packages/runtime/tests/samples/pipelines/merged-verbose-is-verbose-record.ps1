$v = Write-Verbose "vv" -Verbose 4>&1
$v.GetType().Name
$v.Message
Write-Information "hidden"
"end"
