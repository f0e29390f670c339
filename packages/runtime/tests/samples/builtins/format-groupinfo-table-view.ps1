# Group-Object's GroupInfo view (PowerShellCore.format.ps1xml): Count (5, right), Name (25), Group.
1, 2, 1 | Group-Object | Out-String -Stream | ForEach-Object { "[$_]" }
