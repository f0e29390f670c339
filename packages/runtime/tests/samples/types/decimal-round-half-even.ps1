[decimal]::Round(2.345, 2)
[decimal]::Round(2.355, 2)
