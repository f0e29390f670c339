function Show-Name { param([Parameter(ValueFromPipelineByPropertyName)] $Name) process { $Name } }
Get-Item / | Show-Name
function Get-Len { param([Parameter(ValueFromPipelineByPropertyName)] [int] $Length) process { $Length } }
"abcd", "xy" | Get-Len
