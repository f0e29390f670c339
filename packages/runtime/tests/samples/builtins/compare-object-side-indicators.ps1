# Compare-Object.Tests.ps1: only the differences, difference-only objects first.
$reference = "line 1", "line 2", "line 3"
$difference = "line 1", "line 2.1", "Line 3"
Compare-Object -ReferenceObject $reference -DifferenceObject $difference |
    ForEach-Object { "{0} {1}" -f $_.InputObject, $_.SideIndicator }
