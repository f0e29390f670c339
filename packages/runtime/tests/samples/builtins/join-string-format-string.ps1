# Join-String -FormatString applies a .NET format to each item (invariant culture).
1.5, 2 | Join-String -FormatString "[{0:N2}]" -Separator " "
"a", "b" | Join-String -FormatString "<{0}>" -op "(" -os ")"
