Get-Nope
"after"
Write-Error "bad"
"end"
