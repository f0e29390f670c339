$a = @(1, $null, 2)
($a -eq $null).Count
$null -eq $a
