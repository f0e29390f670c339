function g { continue }
foreach ($i in 1..3) { g; $i }
'after'
