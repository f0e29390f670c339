[pscustomobject]@{n='x';v=2},[pscustomobject]@{n='y';v=1} | Sort-Object v | ForEach-Object n
