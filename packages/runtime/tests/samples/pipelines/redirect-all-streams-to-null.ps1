function f { Write-Warning 'w'; Write-Error 'e'; 'o' }
f *> $null
'after'
