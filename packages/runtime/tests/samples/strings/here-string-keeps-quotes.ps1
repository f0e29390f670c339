$s = @"
He said "hi" and 'bye'
"@
$s
