$o = [pscustomobject]@{ N = 'a'; On = $true }, [pscustomobject]@{ N = 'b'; On = $false }
$o | Where-Object On | ForEach-Object N
