$m = 1..4 | Measure-Object -Sum -Average
$m.Sum
$m.Average
