[math]::Truncate(-2.7)
[math]::Truncate(2.7)
