$o = [pscustomobject]@{ N = 'apple' }, [pscustomobject]@{ N = 'banana' }
$o | Where-Object N -Like 'b*' | ForEach-Object N
