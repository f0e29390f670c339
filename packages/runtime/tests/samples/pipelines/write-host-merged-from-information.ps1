Write-Host 'h' 6>&1
