# An alias shows in pwsh's CommandInfo table: CommandType (15), Name as `gci -> Get-ChildItem` (50), Version (10), Source.
(Get-Alias gci | Out-String -Stream)[1..3] | ForEach-Object { $_.TrimEnd() }
