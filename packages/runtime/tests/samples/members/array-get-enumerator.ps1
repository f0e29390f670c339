# An array's GetEnumerator(): MoveNext/Current/Reset; the pipeline enumerates what the enumerator has left.
$e = (1, 2, 3).GetEnumerator()
$e.MoveNext()
$e.Current
$e | ForEach-Object { "rest $_" }
$e.MoveNext()
$e.Reset()
$e.MoveNext()
$e.Current
$letters = ('a', 'b').GetEnumerator()
while ($letters.MoveNext()) { $letters.Current.ToUpper() }
foreach ($i in (7, 8).GetEnumerator()) { $i }
