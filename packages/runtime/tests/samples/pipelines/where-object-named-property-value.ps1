$o = [pscustomobject]@{ N = 'a' }, [pscustomobject]@{ N = 'b' }
$o | Where-Object -Property N -EQ -Value 'b' | ForEach-Object N
