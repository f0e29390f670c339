$x = 1 && @(2, 3)
$x -join ','
$y = 1 && , @(2, 3)
$y.Count
$y[1].Count
