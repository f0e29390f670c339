$null + 5
5 + $null
