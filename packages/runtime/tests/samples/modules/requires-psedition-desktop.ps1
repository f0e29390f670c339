# #requires -PSEdition Desktop on PowerShell Core: ScriptRequiresUnmatchedPSEdition.
#requires -PSEdition Desktop
Write-Output 'failed'
