@{ a = 1 }.GetEnumerator() | ForEach-Object { "$($_.Key)=$($_.Value)" }
