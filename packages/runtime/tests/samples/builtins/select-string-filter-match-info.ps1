# MatchInfo piped into Select-String is filtered by its Line and passed on as is (line number kept).
$first = "abc", "abd" | Select-String "ab"
$second = $first | Select-String "d"
$second.Count
[object]::ReferenceEquals($second, $first[1])
$second.LineNumber
$withContext = "x", "abc", "y" | Select-String "b" -Context 1
$again = $withContext | Select-String "c"
$again.Context.DisplayPreContext.Count
$again.Context.PreContext
