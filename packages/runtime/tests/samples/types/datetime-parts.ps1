$d = [datetime]'2024-03-15'
$d.Year
$d.Month
$d.Day
$d.DayOfWeek
