[math]::Round(5368709120 / 1GB, 2)
[math]::Round(1610612736 / 1GB, 2)
