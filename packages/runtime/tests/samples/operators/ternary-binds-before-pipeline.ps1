$result = $true ? 'Core' : 'Desktop' | ForEach-Object { $_ + '-Pipe' }
$result
