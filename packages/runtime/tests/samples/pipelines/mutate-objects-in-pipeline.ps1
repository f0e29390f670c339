$objs = [pscustomobject]@{ N = 'a' }, [pscustomobject]@{ N = 'b' }
$objs | ForEach-Object { $_.N = $_.N.ToUpper() }
$objs.N
