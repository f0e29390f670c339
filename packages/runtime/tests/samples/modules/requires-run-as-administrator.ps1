# On Unix, pwsh's Utils.IsAdministrator is always true: #requires -RunAsAdministrator does not stop the script.
#requires -RunAsAdministrator
Write-Output 'ran'
