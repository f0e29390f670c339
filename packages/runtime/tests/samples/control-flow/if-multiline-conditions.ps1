$a = 5
$b = 'x'
if ($a -gt 1 -and
    $b -eq 'x') { 'both' }
