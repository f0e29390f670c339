$r = switch (2) { 1 { 'a' } 2 { 'b' } }
$r
