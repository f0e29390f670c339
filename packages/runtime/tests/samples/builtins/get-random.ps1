$r = Get-Random -Minimum 5 -Maximum 10
$r -ge 5 -and $r -lt 10
(1..10 | Get-Random -Count 3).Count
(1,2,3 | Get-Random -Shuffle | Measure-Object -Sum).Sum
