# Format-Wide lays values out in rows across the whole width (120 here): 2 columns by default, -Column N, or with
# -AutoSize as many as the longest value allows; the columns share the width evenly and a short last row is padded.
1..5 | Format-Wide | ForEach-Object { "[$_]" }
'a', 'bb', 'ccc', 'dddd' | fw -Column 3 | ForEach-Object { "[$_]" }
'alpha', ('x' * 30), 'gamma', 'delta' | Format-Wide -AutoSize | ForEach-Object { "[$_]" }
