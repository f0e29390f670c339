# Pipeline matches are MatchInfo objects; their ToString() is the line (InputStream, record numbers).
$m = "x", "hello" | Select-String -Pattern "l+"
$m.GetType().FullName
"$m"
$m.Path
$m.Filename
$m.LineNumber
$m.Pattern
$m.IgnoreCase
$m.Matches[0].Value
$null -eq $m.Context
