# Get-Variable.Tests.ps1: a pattern in -Scope local, sorted by name.
Set-Variable abcaVar testing
Set-Variable bcdaVar "another test"
Set-Variable aVarfoo wow
$vars = Get-Variable -Name *aVar* -Scope local
$vars.Count
$vars | ForEach-Object { "$($_.Name)=$($_.Value)" }
