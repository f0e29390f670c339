$m = "hello world`nsecond line" | Measure-Object -Line -Word -Character
"$($m.Lines) $($m.Words) $($m.Characters)"
(1,2,3,4 | Measure-Object -StandardDeviation).StandardDeviation.ToString("N4")
@([pscustomobject]@{a=1;b=5},[pscustomobject]@{a=3;b=7}) | Measure-Object -Property a,b -Sum | ForEach-Object { "$($_.Property)=$($_.Sum)" }
