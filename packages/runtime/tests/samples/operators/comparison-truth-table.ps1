1 -lt 2
1 -le 1
1 -ge 2
1 -and 0
0 -or 0
1 -or 0
