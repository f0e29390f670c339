foreach ($e in ([ordered]@{ a = 1; b = 2 }).GetEnumerator()) { "$($e.Key)=$($e.Value)" }
