$VerbosePreference = 'Continue'
Write-Verbose 'x' 4>&1
