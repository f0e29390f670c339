$x = 'v'
$s = @'
a $x
'@
$s
