$r = if ($true) { 'a' } else { 'b' }
$r
