("a.b" -split ".").Count
