[math]::Sign(-3)
[math]::Round(-2.5)
