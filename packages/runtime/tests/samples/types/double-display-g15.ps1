# Output, [string], "$x" and -join convert a Double with G15 (LanguagePrimitives.DoublePrecision).
1 / 3
[double]::MaxValue
[string](1 / 3)
"$([math]::E)"
(0.1 + 0.2), 0.5 -join ','
[long]::MaxValue + 1
1e-5
[string][double]::PositiveInfinity
