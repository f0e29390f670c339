# Get-Unique.Tests.ps1: -AsString compares the strings, case-sensitively.
$results = "aa", "aa", "Aa", "ba", "BA", "BA" | Get-Unique -AsString
$results.Length
$results
