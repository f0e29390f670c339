$name = 'x'
Write-Output "Processing $name..."
