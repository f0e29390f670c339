$r = & { }
$null -eq $r
@(& { }).Count
@(& { $null }).Count
