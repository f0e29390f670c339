[double]::NaN -eq [double]::NaN
[double]::IsNaN([double]::NaN)
