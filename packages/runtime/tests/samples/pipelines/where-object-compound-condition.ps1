$items = [pscustomobject]@{ Name = 'alpha'; Size = 5 }, [pscustomobject]@{ Name = 'beta'; Size = 9 }, [pscustomobject]@{ Name = 'apex'; Size = 1 }
$items | Where-Object { $_.Name -like 'a*' -and $_.Size -gt 1 } | ForEach-Object Name
