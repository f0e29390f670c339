function Get-Thing { $MyInvocation.MyCommand.Name }
Get-Thing
