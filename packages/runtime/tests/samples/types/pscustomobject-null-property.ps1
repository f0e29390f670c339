[pscustomobject]@{ a = $null; b = 'x' }
