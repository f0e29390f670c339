('a', 'b').ForEach('ToUpper')
([pscustomobject]@{ N = 'x' }, [pscustomobject]@{ N = 'y' }).ForEach('N')
