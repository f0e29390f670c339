$DebugPreference = 'Continue'
Write-Debug 'dbg' 5>&1
