# Select-String.Tests.ps1: -Culture without -SimpleMatch is a terminating error.
"1" | Select-String -Pattern "hello" -Culture "ru-RU"
"file" | Select-String -Pattern "fIle" -Culture Ordinal -SimpleMatch
"file" | Select-String -Pattern "fIle" -Culture Invariant -SimpleMatch -CaseSensitive
"after"
