# ConvertTo-Json writes a .NET object's adapted properties; a Guid is written as its text.
[version]'1.2.3' | ConvertTo-Json -Compress
ConvertTo-Json -InputObject ([guid]'d1c6c9b5-0f0c-4b5e-9e0e-0a1b2c3d4e5f') -Compress
[pscustomobject]@{ V = [version]'1.2' } | ConvertTo-Json -Compress
# A value wrapped by Add-Member: a scalar is written as `value` plus its notes, an object as its properties then its notes.
'abc' | Add-Member -NotePropertyName x -NotePropertyValue 1 -PassThru | ConvertTo-Json -Compress
Add-Member -InputObject ([version]'1.2') -NotePropertyName Note -NotePropertyValue 1 -PassThru | ConvertTo-Json -Compress
# Past -Depth an object is written as its text.
[pscustomobject]@{ V = [version]'1.2' } | ConvertTo-Json -Depth 0 -Compress
[decimal]1.5, [char]'x' | ConvertTo-Json -Compress
