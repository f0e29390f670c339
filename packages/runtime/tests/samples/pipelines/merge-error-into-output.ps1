function f { Write-Error 'e' }
$r = f 2>&1
$r.GetType().Name
$r.Exception.Message
