# Select-String.Tests.ps1: -Raw returns the matching lines as strings.
$r = "hello", "Hello" | Select-String -Pattern "hello" -CaseSensitive -Raw
$r.GetType().FullName
$r
