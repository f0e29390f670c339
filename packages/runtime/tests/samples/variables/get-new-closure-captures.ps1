$v = 1
$sb = { $v }.GetNewClosure()
$v = 2
& $sb
