# Select-String.Tests.ps1: a regular expression in a file search; -Raw ignores -Context.
Select-String "matc*" ./select-string.data -ca | ForEach-Object { $_.ToString($PWD.Path) }
Select-String second ./select-string.data -Raw -Context 2, 2
