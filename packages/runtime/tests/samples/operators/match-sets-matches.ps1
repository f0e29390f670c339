"Version 7.4.1" -match '(\d+)\.(\d+)'
$Matches[0]
$Matches[1]
$Matches[2]
