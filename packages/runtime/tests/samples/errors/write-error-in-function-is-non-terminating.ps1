function f { Write-Error 'bad'; 'still running' }
f
'after'
