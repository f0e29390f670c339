[math]::Floor(2.7)
[math]::Ceiling(2.1)
[math]::Abs(-5)
