# Get-Unique.Tests.ps1: an array given to -InputObject is one object, passed on unchanged.
$result = Get-Unique -InputObject 1, 2, 2, 3
$result.Count
$result -join ","
