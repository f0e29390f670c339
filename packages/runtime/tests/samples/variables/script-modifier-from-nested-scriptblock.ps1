$x = 1
& { $script:x = 5 }
$x
