$o = [pscustomobject]@{ N = 'x' }, [pscustomobject]@{ N = 'y' }
$o | Select-Object -ExpandProperty N
