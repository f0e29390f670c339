$x = 'v'
$s = @"
a $x
b
"@
$s -split "`n"
