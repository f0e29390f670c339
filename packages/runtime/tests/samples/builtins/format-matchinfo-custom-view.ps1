# MatchInfo's custom view shows each match's ToString() (relative to the current location) between blank lines.
'abc', 'xbz' | Select-String b | Out-String -Stream | ForEach-Object { "[$_]" }
