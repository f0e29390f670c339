[regex]::Replace('a1b2', '\d', '#')
[regex]::Split('a1b2c', '\d')
[regex]::IsMatch('abc', '^a')
