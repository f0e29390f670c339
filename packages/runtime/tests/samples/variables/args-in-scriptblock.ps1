& { $args[0] + $args[1] } 2 3
