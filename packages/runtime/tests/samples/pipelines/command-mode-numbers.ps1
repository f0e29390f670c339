Write-Output 1.5
Write-Output 1GB
Write-Output -1
Write-Output 1a
