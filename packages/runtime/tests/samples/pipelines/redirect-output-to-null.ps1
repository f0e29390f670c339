'x' > $null
'y'
