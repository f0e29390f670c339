# Select-String.Tests.ps1: -CaseSensitive (and its -ca prefix) keeps only the exact-case line.
"hello", "Hello" | Select-String -Pattern "hello" -CaseSensitive
"hello", "Hello" | Select-String -Pattern "hello" -ca
("hello", "Hello" | Select-String -Pattern "hello").Count
