$o = [pscustomobject]@{ N = 'a'; On = $true }, [pscustomobject]@{ N = 'b'; On = $false }
$o | Where-Object -Not On | ForEach-Object N
