$o = [pscustomobject]@{ V = 1 }, [pscustomobject]@{ V = 2 }
($o | Measure-Object -Property V -Sum).Sum
