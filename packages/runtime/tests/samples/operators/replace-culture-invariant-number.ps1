1.2 -replace ','
1.2 -split ','
