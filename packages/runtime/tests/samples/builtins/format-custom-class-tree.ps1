# Format-Custom without a custom view (pwsh's ComplexViewObjectBrowser and ComplexWriter): `class <Type>`, `{ }`
# around `name = value` lines, a collection in `[ ]` followed by a blank line, nested objects two columns further in,
# and past -Depth an object shows as its text.
$inner = [pscustomobject]@{ X = 1 }
[pscustomobject]@{ Name = 'a'; Items = 1, 2; Inner = $inner; Nothing = $null } |
    Format-Custom | Out-String -Stream | ForEach-Object { "[$_]" }
[pscustomobject]@{ Outer = [pscustomobject]@{ Inner = [pscustomobject]@{ Z = 3 } } } |
    Format-Custom -Depth 1 | Out-String -Stream | ForEach-Object { "[$_]" }
# A type with a custom view (DateTime) uses it.
Get-Date -Year 2024 -Month 1 -Day 2 -Hour 3 -Minute 4 -Second 5 | Format-Custom | Out-String -Stream
