# Select-String.Tests.ps1: a collection given to -InputObject is searched as one string.
Select-String -InputObject "some stuff", "other stuff" -Pattern "other"
$none = Select-String -InputObject "some stuff", "other stuff" -Pattern "neither"
$null -eq $none
