# [regex]::Replace with a MatchEvaluator: a script block (cast or passed as is) gets each Match as its argument.
[regex]::Replace('abc', 'b', [System.Text.RegularExpressions.MatchEvaluator]{ param($m) $m.Value.ToUpper() + '!' })
$evaluator = [System.Text.RegularExpressions.MatchEvaluator]{ param($m) "<$($m.Index)>" }
$evaluator -is [System.Text.RegularExpressions.MatchEvaluator]
[regex]::Replace('a1b22', '\d+', $evaluator)
[regex]::Replace('aaa', 'a', { "$($args[0].Value)$($args[0].Index)" })
[regex]::Replace('x-X', 'x', { param($m) 'Z' }, 'IgnoreCase')
'abc' -replace 'b', { $_.Value.ToUpper() }
$digit = [regex]'\d'
$digit.Replace('a1b2', [System.Text.RegularExpressions.MatchEvaluator]{ param($m) [int]$m.Value * 2 })
$digit.Replace('a1b2', { param($m) 'X' }, 1)
