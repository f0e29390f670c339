'abc'.ToUpperInvariant()
'ABC'.ToLowerInvariant()
