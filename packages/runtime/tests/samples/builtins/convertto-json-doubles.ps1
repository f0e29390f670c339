# ConvertTo-Json writes a Double as Newtonsoft.Json does (JsonConvert.ToString: the "R" text, with `.0` when it has
# neither a point nor an exponent), NaN and the infinities as strings; a decimal keeps its scale. (A whole [double]
# within Int32 range is not told apart from an int here: exosh's numbers do not keep that type.)
1e20 | ConvertTo-Json
0.1 + 0.2 | ConvertTo-Json
2.5e-5 | ConvertTo-Json
[int]::MaxValue + 1 | ConvertTo-Json
[double]::NaN | ConvertTo-Json
[double]::PositiveInfinity | ConvertTo-Json
[double]::NegativeInfinity | ConvertTo-Json
[decimal]'1.50' | ConvertTo-Json
@{ d = 1e16 } | ConvertTo-Json -Compress
