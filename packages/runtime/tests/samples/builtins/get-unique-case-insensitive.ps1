# Get-Unique.Tests.ps1: -CaseInsensitive (pwsh 7.4) folds case.
"aa", "aa", "Aa", "ba", "BA", "BA" | Get-Unique -AsString -CaseInsensitive
