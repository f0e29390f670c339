foreach ($i in 1..5) { if ($i -eq 2) { [void]$foreach.MoveNext() }; $i }
