[math]::Round(2.5)
[math]::Round(3.5)
