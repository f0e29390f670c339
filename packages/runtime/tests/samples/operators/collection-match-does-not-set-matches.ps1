$Matches = $null
'abc', 'xbz' -match 'b' | Out-Null
$null -eq $Matches
