$objs = [pscustomobject]@{ N = 1 }, [pscustomobject]@{ N = 2 }
$objs.N
