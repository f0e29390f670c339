# Get-ChildItem's Items (default) and LiteralItems sets, then the FileSystem provider's dynamic parameters.
(Get-Command Get-ChildItem -Syntax) -split "`n" | Where-Object { $_ }
