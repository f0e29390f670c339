function Get-Thing { 'thing' }
Get-Thing
