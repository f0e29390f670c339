$o = [pscustomobject]@{ V = 1 }, [pscustomobject]@{ V = 2 }, [pscustomobject]@{ V = 3 }
$o | Where-Object V -In 1, 3 | ForEach-Object V
