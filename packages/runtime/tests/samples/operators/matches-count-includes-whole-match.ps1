'2024-03-05' -match '(\d+)-(\d+)-(\d+)' | Out-Null
$Matches.Count
$Matches[3]
