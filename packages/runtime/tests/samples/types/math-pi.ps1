[math]::PI
