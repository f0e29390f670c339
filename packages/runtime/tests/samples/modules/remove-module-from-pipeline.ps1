# Get-Module X | Remove-Module: the PSModuleInfo binds -ModuleInfo (its exact type), not -Name or -FullyQualifiedName,
# so the parameter set is not ambiguous; a string from the pipeline binds -Name.
Import-Module "$PSScriptRoot/fixtures/Tools/Tools.psm1"
Get-Module Tools | Remove-Module
$null -eq (Get-Module Tools)
[bool](Get-Command Get-Tool -ErrorAction SilentlyContinue)
Get-Module Microsoft.PowerShell.Utility | Remove-Module
$null -eq (Get-Module Microsoft.PowerShell.Utility)
Import-Module "$PSScriptRoot/fixtures/Tools/Tools.psm1"
'Tools' | Remove-Module
$null -eq (Get-Module Tools)
