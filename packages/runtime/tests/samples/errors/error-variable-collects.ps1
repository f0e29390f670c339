function f { [CmdletBinding()] param() Write-Error 'x' }
f -ErrorAction SilentlyContinue -ErrorVariable ev
$ev.Count
$ev[0].Exception.Message
