# Compare-Object.Tests.ps1: -CaseSensitive makes "line 3" and "Line 3" differ.
$reference = "line 1", "line 2", "line 3"
$difference = "line 1", "line 2.1", "Line 3"
Compare-Object $reference $difference -CaseSensitive | ForEach-Object { "{0} {1}" -f $_.InputObject, $_.SideIndicator }
