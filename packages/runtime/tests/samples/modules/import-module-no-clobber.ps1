# Import-Module -NoClobber skips the members whose names are taken already and imports the rest; without it the
# module's function replaces the global one.
function global:Get-Tool { 'mine' }
Import-Module "$PSScriptRoot/fixtures/Tools/Tools.psm1" -NoClobber
Get-Tool
Invoke-Tool
Remove-Module Tools
Get-Tool
Import-Module "$PSScriptRoot/fixtures/Tools/Tools.psm1"
Get-Tool
Remove-Module Tools
