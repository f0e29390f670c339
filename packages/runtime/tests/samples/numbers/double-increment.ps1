# ++ on a Double variable keeps it a Double.
$x = 2.0
$x++
$x.GetType().Name
$x
$y = 1.5
$y += 0.5
$y.GetType().Name
