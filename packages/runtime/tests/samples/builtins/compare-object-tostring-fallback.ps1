# Objects that are not comparable are compared by their ToString() text (ObjectCommandComparer).
$r = Compare-Object ([pscustomobject]@{ a = 1 }) ([pscustomobject]@{ a = 2 })
$r | ForEach-Object { "{0} {1}" -f $_.InputObject, $_.SideIndicator }
$same = Compare-Object @{ a = 1 } @{ b = 2 }
$null -eq $same
Compare-Object 1 "1" -IncludeEqual | ForEach-Object SideIndicator
