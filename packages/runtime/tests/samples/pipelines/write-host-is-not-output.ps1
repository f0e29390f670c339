Write-Host -ForegroundColor Green 'x'
Write-Host 'a' -NoNewline
'y'
