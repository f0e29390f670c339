'before'
$x = 1 +
