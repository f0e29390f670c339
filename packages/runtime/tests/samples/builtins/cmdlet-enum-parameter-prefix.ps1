Write-Error 'x' -ErrorAction Ig
$Error.Count
function Test-It { [CmdletBinding()] param() Write-Error 'y' }
Test-It -ErrorAction si
try { Write-Host hi -ForegroundColor b } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
