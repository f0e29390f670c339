$o = [pscustomobject]@{ N = 'a'; V = 1 }, [pscustomobject]@{ N = 'b'; V = 2 }
$o | Where-Object V -gt 1 | ForEach-Object N
