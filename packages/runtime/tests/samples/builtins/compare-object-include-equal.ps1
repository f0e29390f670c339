# Compare-Object.Tests.ps1: -IncludeEqual reports matches (==) as they are found.
$reference = "line 1", "line 2", "line 3"
$difference = "line 1", "line 2.1", "Line 3"
$result = Compare-Object $reference $difference -IncludeEqual
$result.Length
$result | ForEach-Object { "{0} {1}" -f $_.InputObject, $_.SideIndicator }
