'one','two' | Set-Content ./content.tmp.csv
Get-Content ./content.tmp.csv
(Get-Content ./content.tmp.csv -Raw).Length
Remove-Item ./content.tmp.csv
