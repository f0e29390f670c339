$t = [timespan]'01:30:00'
$t.TotalMinutes
[timespan]::FromHours(2)
