[pscustomobject]@{ a = 1 } | Select-Object -ExpandProperty zz
'after'
