[math]::Round(2.567, 2)
[math]::Round(1234.5678, 1)
