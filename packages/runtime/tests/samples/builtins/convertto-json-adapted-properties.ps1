# ConvertTo-Json writes a .NET object's adapted properties; a Guid is written as its text.
[version]'1.2.3' | ConvertTo-Json -Compress
ConvertTo-Json -InputObject ([guid]'d1c6c9b5-0f0c-4b5e-9e0e-0a1b2c3d4e5f') -Compress
[pscustomobject]@{ V = [version]'1.2' } | ConvertTo-Json -Compress
