# ConvertTo-Json's layout (Newtonsoft's Formatting.Indented): two spaces per level, `"name": value`, empty arrays and
# objects as [] and {}; keys in the dictionary's order, digits-only ones included; no input writes nothing.
([ordered]@{ b = 1; '1' = @(2, @(3)); e = @{}; f = @() } | ConvertTo-Json -Depth 5) -split "\r?\n"
[ordered]@{ b = 1; '1' = 2 } | ConvertTo-Json -Compress
@() | ConvertTo-Json
'end'
