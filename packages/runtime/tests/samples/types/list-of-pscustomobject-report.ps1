$report = [System.Collections.Generic.List[object]]::new()
foreach ($n in 'a', 'bb') { $report.Add([pscustomobject]@{ Name = $n; Len = $n.Length }) }
$report.Count
$report[1].Name
$report[1].Len
