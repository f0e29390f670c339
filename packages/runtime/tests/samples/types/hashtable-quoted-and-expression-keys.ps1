$h = @{ 'my key' = 1; (1 + 1) = 'two' }
$h.'my key'
$h[2]
