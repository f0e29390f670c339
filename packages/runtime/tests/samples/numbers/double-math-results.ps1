# [math] methods declared double return a Double even for whole values; a Double argument picks the double overload.
([math]::Floor(2.5)).GetType().Name
[math]::Floor(2.5)
([math]::Round(2.4)).GetType().Name
([math]::Pow(2, 10)).GetType().Name
([math]::Max(2.0, 3)).GetType().Name
([math]::Max(2, 3)).GetType().Name
([math]::Abs(-2.0)).GetType().Name
