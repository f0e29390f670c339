$o = [pscustomobject]@{ N = 'apple' }, [pscustomobject]@{ N = 'banana' }
$o | Where-Object N -Match '^a' | ForEach-Object N
