' a, b ,c '.Split(',') | ForEach-Object { $_.Trim() }
