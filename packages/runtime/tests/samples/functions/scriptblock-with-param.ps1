$sb = { param($x) $x + 1 }
& $sb 4
