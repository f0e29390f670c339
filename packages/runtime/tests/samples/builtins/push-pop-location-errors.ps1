# Push-Location to a missing directory is PathNotFound (the current location was pushed all the same); popping a
# stack that does not exist is an argument error.
Set-Location /
Push-Location ./no-such-directory-here
(Get-Location).Path
Set-Location $PSScriptRoot
Pop-Location
(Get-Location).Path
Pop-Location -StackName NoSuchStack
try { Pop-Location -StackName NoSuchStack -ErrorAction Stop } catch { $_.Exception.Message }
