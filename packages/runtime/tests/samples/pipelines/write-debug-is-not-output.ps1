Write-Debug 'd'
'o'
