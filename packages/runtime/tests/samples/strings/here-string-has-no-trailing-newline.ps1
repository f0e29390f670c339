$s = @"
x
"@
$s.Length
