Write-Error 'bad'
'after'
