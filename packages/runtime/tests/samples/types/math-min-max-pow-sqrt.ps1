[math]::Max(3, 7)
[math]::Min(3, 7)
[math]::Pow(2, 10)
[math]::Sqrt(16)
