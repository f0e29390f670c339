# A missing -Path stops the command (PathNotFound); a missing -LiteralPath is a non-terminating read error.
Select-String -Pattern x -Path ./no-such-file.txt
Select-String -Pattern x -LiteralPath ./no-such-file.txt
"after"
