function f { Write-Error 'e'; 'out' }
f 2> $null
