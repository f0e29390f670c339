$h = @{ Key = 1 }
$h.key
$h['KEY']
