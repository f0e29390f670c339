$objs = [pscustomobject]@{ N = 'a' }, [pscustomobject]@{ N = 'b' }
($objs | Select-Object -First 1).N
$objs[-1].N
@($objs).Count
