"ID ABC123" -replace "\b[A-C]+", { "X" * $_.Value.Length }
