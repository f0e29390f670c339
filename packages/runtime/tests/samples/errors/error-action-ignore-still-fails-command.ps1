# -ErrorAction Ignore leaves no trace of the error ($Error, the error stream) but the command still failed: $? is
# False and a pipeline chain stops (pwsh's MshCommandRuntime sets ExecutionFailed before the Ignore check).
$Error.Clear()
Write-Error 'bad' -ErrorAction Ignore
$?
$Error.Count
if (Write-Error 'bad' -ErrorAction Ignore && 'then') { 'if' } else { 'else' }
