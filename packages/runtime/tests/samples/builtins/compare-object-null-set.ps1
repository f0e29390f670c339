# Compare-Object.Tests.ps1: a $null reference or difference set is a binding error.
Compare-Object -ReferenceObject $anonexistentvariable -DifferenceObject "a", "b"
Compare-Object -ReferenceObject "a", "b" -DifferenceObject $anonexistentvariable
"after"
