# Select-String.Tests.ps1: -Raw and -Quiet are in different parameter sets.
"hello" | Select-String -Pattern "hello" -Raw -Quiet
"after"
