$tuple = [Tuple]::Create(10, 'Hello')
$tuple[0]
$tuple[-1]
$tuple[0..1] -join ','
