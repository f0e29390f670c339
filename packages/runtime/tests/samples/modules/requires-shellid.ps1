# A script file with #requires -ShellId does not run in pwsh 7.4, whatever the id (its own Microsoft.PowerShell too):
# CommandDiscovery.CreateScriptProcessorForSingleShell throws RequiresShellIDInvalidForSingleShell.
#requires -ShellId Microsoft.PowerShell
Write-Output 'failed'
