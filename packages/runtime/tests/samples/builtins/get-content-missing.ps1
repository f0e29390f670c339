Get-Content ./no-such-file.txt
'after'
