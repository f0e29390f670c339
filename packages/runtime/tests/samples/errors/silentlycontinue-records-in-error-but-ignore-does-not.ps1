function f { [CmdletBinding()] param() Write-Error 'x' }
$Error.Clear()
f -ErrorAction Ignore
$Error.Count
f -ErrorAction SilentlyContinue
$Error.Count
