$nothing = $null
$nothing.ToUpper()
'after'
