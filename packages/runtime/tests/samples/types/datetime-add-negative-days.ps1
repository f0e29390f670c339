$date = [datetime]'2024-01-15'
$date.AddDays(-30).ToString('yyyy-MM-dd')
