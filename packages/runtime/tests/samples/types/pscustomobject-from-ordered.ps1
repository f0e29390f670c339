[pscustomobject][ordered]@{ z = 1; y = 2 }
