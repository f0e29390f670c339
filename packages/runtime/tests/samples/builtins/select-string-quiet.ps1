# Select-String.Tests.ps1: -Quiet returns $true on a match and nothing for pipeline input without one.
$r = "hello", "Hello" | Select-String -Quiet "hello" -CaseSensitive
$r -is [bool]
$r
$none = "hello", "Hello" | Select-String -Quiet "goodbye"
$null -eq $none
