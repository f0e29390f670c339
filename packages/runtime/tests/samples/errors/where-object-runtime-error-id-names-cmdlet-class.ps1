# An engine error (not a .NET exception) escaping Where-Object's script block is wrapped the same way.
try {
    1..3 | Where-Object { $null.Foo() }
} catch {
    $_.FullyQualifiedErrorId
    $_.Exception.GetType().FullName
}
