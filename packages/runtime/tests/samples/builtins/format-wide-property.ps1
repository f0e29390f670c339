# Without -Property Format-Wide shows a name-like property (Name, Id, Key, *Key, *Name, *Id, in that order) or the
# first one; -Property takes a name or a script block.
$rows = [pscustomobject]@{ Size = 1; Id = 7; Name = 'one' }, [pscustomobject]@{ Size = 2; Id = 8; Name = 'two' }
$rows | Format-Wide -Column 2 | ForEach-Object { "[$_]" }
[pscustomobject]@{ Size = 3; UserKey = 'k' } | Format-Wide -Column 1 | ForEach-Object { "[$_]" }
[pscustomobject]@{ Size = 4; Other = 'o' } | Format-Wide -Column 1 | ForEach-Object { "[$_]" }
$rows | Format-Wide Id -Column 2 | ForEach-Object { "[$_]" }
$rows | Format-Wide { $_.Size * 10 } -Column 2 | ForEach-Object { "[$_]" }
