(Measure-Command { 1..100 | ForEach-Object { $_ } }).TotalMilliseconds -ge 0
