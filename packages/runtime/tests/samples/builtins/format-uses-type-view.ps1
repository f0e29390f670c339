# Format-Table, Format-List and Out-String without -Property use the type's view, as Out-Default does:
# CommandInfo's table view shows an alias as `dir -> Get-ChildItem` in its Name column.
(Get-Command dir | Format-Table | Out-String) -match 'dir -> Get-ChildItem'
(Get-Command dir | Out-String) -match 'dir -> Get-ChildItem'
(Get-Command dir | Format-Table Name | Out-String) -match 'dir -> Get-ChildItem'
