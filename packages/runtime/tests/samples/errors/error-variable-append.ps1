function f { [CmdletBinding()] param() Write-Error 'x' }
f -ErrorAction SilentlyContinue -ErrorVariable ev
f -ErrorAction SilentlyContinue -ErrorVariable +ev
$ev.Count
