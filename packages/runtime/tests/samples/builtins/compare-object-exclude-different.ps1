# Compare-Object.Tests.ps1: -IncludeEqual -ExcludeDifferent keeps only the equal lines.
$reference = "line 1", "line 2", "line 3"
$difference = "line 1", "line 2.1", "Line 3"
Compare-Object $reference $difference -IncludeEqual -ExcludeDifferent | ForEach-Object { "{0} {1}" -f $_.InputObject, $_.SideIndicator }
