# A .psm1 without Export-ModuleMember exports every function and alias and no variable (Export-ModuleMember's docs,
# pwsh's LoadModule); -Function/-Alias/-Variable on Import-Module narrow what is imported (a kind none of them names is
# not imported); -Prefix goes between verb and noun.
Import-Module "$PSScriptRoot/fixtures/Tools/Tools.psm1"
Get-Tool
Invoke-Tool
[bool](Get-Alias gt -ErrorAction SilentlyContinue)
$null -eq $ToolCount
(Get-Module Tools).ExportedFunctions.Keys | Sort-Object
Remove-Module Tools
Import-Module "$PSScriptRoot/fixtures/Tools/Tools.psm1" -Function Invoke-* -Prefix My
Invoke-MyTool
[bool](Get-Command Get-MyTool -ErrorAction SilentlyContinue)
[bool](Get-Alias Mygt -ErrorAction SilentlyContinue)
[bool](Get-Command Invoke-Tool -ErrorAction SilentlyContinue)
(Get-Module Tools).Prefix
Remove-Module Tools
