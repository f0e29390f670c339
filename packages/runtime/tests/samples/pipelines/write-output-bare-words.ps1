Write-Output hello world
Write-Output a,b,c
