# Decimal keeps its scale through parsing and arithmetic; a Double literal cast to [decimal] has none to keep.
1.10d
1.10d + 1
1.10d * 2
[decimal]'1.10'
[decimal]1.10
1.10d - 0.10d
(1.10d + 1).GetType().FullName
