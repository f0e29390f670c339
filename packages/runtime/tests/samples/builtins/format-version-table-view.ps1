# System.Version has a table view (DotNetTypes.format.ps1xml): Major, Minor, Build, Revision in 6/6/6/8 columns.
[version]'1.2.3' | Out-String -Stream | ForEach-Object { "[$_]" }
# Format-Table without -Property uses the same view.
[version]'1.2.3' | Format-Table | Out-String -Stream | ForEach-Object { "[$_]" }
