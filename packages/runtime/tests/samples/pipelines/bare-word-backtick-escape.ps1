Write-Output a`tb
