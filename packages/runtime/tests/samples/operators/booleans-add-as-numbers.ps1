$true + $true
