# Push-Location saves the current location on a stack (the default one, or -StackName's) and moves; Pop-Location
# goes back to the last saved one. -PassThru writes the new location; popping the empty default stack does nothing.
Set-Location /
Push-Location $PSScriptRoot
(Get-Location).Path -eq $PSScriptRoot
Push-Location / -StackName Other -PassThru | ForEach-Object Path
Pop-Location -StackName other -PassThru | ForEach-Object { $_.Path -eq $PSScriptRoot }
Pop-Location -PassThru | ForEach-Object Path
$null -eq (Pop-Location -PassThru)
(Get-Location).Path
pushd -LiteralPath $PSScriptRoot
popd
(Get-Location).Path
Push-Location
Set-Location $PSScriptRoot
Pop-Location
(Get-Location).Path
