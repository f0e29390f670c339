function Write-Output { 'mine' }
Write-Output x
Microsoft.PowerShell.Utility\Write-Output y
