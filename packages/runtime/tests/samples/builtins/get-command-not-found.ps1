# A name that finds nothing is a non-terminating CommandNotFoundException; a wildcard that finds nothing is silent.
Get-Command Get-NoSuchCommand
Get-Command Get-NoSuch*
"after"
