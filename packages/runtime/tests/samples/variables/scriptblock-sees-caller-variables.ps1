$sb = { $v }
$v = 'late'
& $sb
