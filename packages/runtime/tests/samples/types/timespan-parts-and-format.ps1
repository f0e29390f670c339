$t = [timespan]'1.02:03:04'
$t.Days
$t.Hours
[timespan]::FromSeconds(3661).ToString('hh\:mm\:ss')
[timespan]::FromMinutes(90).ToString()
