$items = [pscustomobject]@{ Size = 5 }, [pscustomobject]@{ Size = 9 }
$m = $items | Measure-Object -Property Size -Sum -Maximum
$m.Sum
$m.Maximum
$m.Count
