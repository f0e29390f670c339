function f { Write-Error 'x'; 'not here' }
$ErrorActionPreference = 'Stop'
f
'after'
