function f { Write-Error 'x'; 'after' }
$ErrorActionPreference = 'SilentlyContinue'
f
