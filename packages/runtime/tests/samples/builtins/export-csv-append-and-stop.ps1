1..3 | ForEach-Object { [pscustomobject]@{ N = $_; Sq = $_ * $_ } } | Export-Csv -Path ./export-stop.tmp.csv
[pscustomobject]@{ N = 4; Sq = 16 } | Export-Csv -Path ./export-stop.tmp.csv -Append
Get-Content ./export-stop.tmp.csv
# A terminating error upstream: the rows written before it stay in the file (the writer is closed on dispose).
try {
    1..5 | ForEach-Object { if ($_ -eq 3) { throw 'stop' }; [pscustomobject]@{ N = $_ } } | Export-Csv -Path ./export-stop.tmp.csv
} catch { "caught: $_" }
Get-Content ./export-stop.tmp.csv
Remove-Item ./export-stop.tmp.csv
