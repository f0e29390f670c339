# Get-Location -Stack writes a location stack as one object, last pushed first (the default stack, empty until
# Push-Location); -StackName names others, and a stack that does not exist is an argument error.
Set-Location /
(Get-Location -Stack).Count
Push-Location $PSScriptRoot
Push-Location /
$stack = Get-Location -Stack
$stack.Count
$stack[0].Path -eq $PSScriptRoot
$stack[1].Path
Push-Location $PSScriptRoot -StackName Other
(Get-Location -StackName other).Path
Get-Location -StackName NoSuchStack
try { Get-Location -StackName NoSuchStack -ErrorAction Stop } catch { $_.Exception.Message }
