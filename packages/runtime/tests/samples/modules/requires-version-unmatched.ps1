# #requires -Version above the running 7.4: ScriptRequiresUnmatchedPSVersion (Requires.Tests.ps1, "Version checks").
#requires -Version 7.5
Write-Output 'failed'
