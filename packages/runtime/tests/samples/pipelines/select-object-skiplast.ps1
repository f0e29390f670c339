1..5 | Select-Object -SkipLast 2
