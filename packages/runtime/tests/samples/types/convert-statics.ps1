[convert]::ToInt32('ff', 16)
[convert]::ToString(255, 2)
