if ($true) { $inner = 1 }
$inner
