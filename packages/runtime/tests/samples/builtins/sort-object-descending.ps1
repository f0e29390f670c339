3,1,2 | Sort-Object -Descending
