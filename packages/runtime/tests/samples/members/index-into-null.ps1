$nothing = $null
$nothing[0]
'after'
