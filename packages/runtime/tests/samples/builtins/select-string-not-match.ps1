# Select-String.Tests.ps1: -NotMatch returns the lines that match no pattern.
"hello", "Hello", "goodbye" | Select-String -Pattern "goodbye" -NotMatch
