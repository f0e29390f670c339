# Compare-Object.Tests.ps1 (DRT): -PassThru emits the input objects themselves, tagged with SideIndicator.
$result = Compare-Object -ReferenceObject "john" -DifferenceObject "mary" -PassThru
$result.Count
$result | ForEach-Object { "{0} {1} {2}" -f $_, $_.SideIndicator, ($_ -is [string]) }
