$m = 3, 9, 1 | Measure-Object -Minimum -Maximum
$m.Minimum
$m.Maximum
