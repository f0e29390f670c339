Write-Information 'info' 6>&1
