"abc" -match 'b' | Out-Null
"xyz" -match 'b'
$Matches[0]
