# -AllMatches fills Matches with every match on the line; without it only the first.
$m = "a1b22c333" | Select-String "\d+" -AllMatches
$m.Matches.Count
$m.Matches.Value -join ","
$m = "a1b22c333" | Select-String "\d+"
$m.Matches.Count
$m.Matches[0].Index
