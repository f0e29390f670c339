# Tee-Object.Tests.ps1: objects go on down the pipeline and into the variable.
$results = "1", "2", "3" | Tee-Object -Variable teeObjectTestVar
$results.Length
$results -join ","
$teeObjectTestVar.Length
$teeObjectTestVar -join ","
echo teeobjecttest1 | Tee-Object -Variable teeresults
$teeresults
