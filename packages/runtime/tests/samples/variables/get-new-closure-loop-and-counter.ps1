function New-Counter { $count = 0; { $script:count++; $count }.GetNewClosure() }
$c = New-Counter
& $c; & $c
$makers = foreach ($i in 1..3) { { "item $i" }.GetNewClosure() }
$makers | ForEach-Object { & $_ }
