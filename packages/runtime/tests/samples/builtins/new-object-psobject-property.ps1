(New-Object PSObject -Property @{ X = 5 }).X
