# A Guid shows as a table of its Guid property (types.ps1xml's Guid ScriptProperty).
New-Guid -Empty | Out-String -Stream | ForEach-Object { "[$_]" }
