# New-Guid: a System.Guid; -Empty is Guid.Empty; -InputObject (positional, from the pipeline) reads any Guid form.
(New-Guid).GetType().FullName
(New-Guid) -ne (New-Guid)
New-Guid -Empty
New-Guid 'A1B2C3D4-0000-0000-0000-00000000000F'
'{a1b2c3d4-0000-0000-0000-00000000000f}', 'a1b2c3d4000000000000000000000010' | New-Guid
(Get-Command New-Guid).ModuleName
