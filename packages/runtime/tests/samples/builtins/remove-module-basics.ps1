# Remove-Module takes a loaded module out of the session (Get-Module no longer lists it) by name, wildcard or
# PSModuleInfo; Import-Module brings it back. Its commands stay callable (pwsh imports them again on use).
(Get-Module Microsoft.PowerShell.Utility).Name
Remove-Module Microsoft.PowerShell.Utility
$null -eq (Get-Module Microsoft.PowerShell.Utility)
Import-Module Microsoft.PowerShell.Utility
(Get-Module Microsoft.PowerShell.Utility).Name
Remove-Module -ModuleInfo (Get-Module Microsoft.PowerShell.Management)
$null -eq (Get-Module Microsoft.PowerShell.Management)
rmo Microsoft.PowerShell.U*
$null -eq (Get-Module Microsoft.PowerShell.Utility)
