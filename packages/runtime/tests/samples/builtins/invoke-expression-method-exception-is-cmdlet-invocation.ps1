# An exception escaping Invoke-Expression's text inside try: its id ends in InvokeExpressionCommand; a nested
# cmdlet's wrapped error is not wrapped again by an outer one.
try { Invoke-Expression '[int]::Parse("x")' } catch {
    $_.FullyQualifiedErrorId
    $_.InvocationInfo.MyCommand.Name
}
try { 1 | ForEach-Object { Invoke-Expression '[int]::Parse("y")' } } catch { $_.FullyQualifiedErrorId }
try { Invoke-Expression 'throw "boom"' } catch { $_.FullyQualifiedErrorId }
