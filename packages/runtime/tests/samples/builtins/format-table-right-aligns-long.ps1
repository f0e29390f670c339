# A number column (Int64 included) is right-aligned in a table without a view.
[pscustomobject]@{ name = 'abcdef'; number = 5L; m = 5 } | Format-Table | Out-String -Stream | ForEach-Object { "[$_]" }
