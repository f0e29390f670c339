$x = 5
$x -gt 3 ? "big" : "small"
$x -gt 9 ? "big" : "small"
