$o = [pscustomobject]@{ a = 1; b = 'two' }
"$o"
