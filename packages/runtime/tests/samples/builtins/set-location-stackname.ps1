# Set-Location -StackName makes a stack the default for Push-Location, Pop-Location and Get-Location -Stack
# (-PassThru writes it); a stack that does not exist is StackNotFound. -LiteralPath sets the location as is.
Set-Location /
Push-Location $PSScriptRoot -StackName Work
Set-Location -StackName Work
Push-Location /
Pop-Location -PassThru | ForEach-Object { $_.Path -eq $PSScriptRoot }
(Get-Location -Stack).Count
Set-Location -StackName NoSuchStack
(Set-Location -StackName work -PassThru).Count
Set-Location -LiteralPath /
(Get-Location).Path
