Write-Error 'x' -ErrorAction SilentlyContinue
$?
