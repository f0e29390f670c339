function f { break }
foreach ($i in 1..3) { $i; f }
'after'
