[CmdletBinding()]
param()
$null -ne $PSCmdlet
