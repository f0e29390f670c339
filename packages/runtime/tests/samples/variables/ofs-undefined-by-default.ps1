$null -eq $OFS
