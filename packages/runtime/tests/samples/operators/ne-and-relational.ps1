5 -ne 3
5 -gt 3
5 -ge 5
3 -lt 2
3 -le 3
