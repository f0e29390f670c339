# Get-Member's MemberDefinition view: a table sized to its content under a `   TypeName: <type>` group header.
[pscustomobject]@{ a = 1 } | Get-Member -MemberType NoteProperty | Out-String -Stream | ForEach-Object { "[$_]" }
