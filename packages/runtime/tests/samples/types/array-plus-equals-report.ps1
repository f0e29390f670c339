$results = @()
foreach ($i in 1..3) { $results += [pscustomobject]@{ I = $i } }
$results.Count
($results | Measure-Object -Property I -Sum).Sum
