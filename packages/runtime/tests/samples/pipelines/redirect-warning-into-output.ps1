Write-Warning 'w' 3>&1
