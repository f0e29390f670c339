$span = [datetime]'2024-03-01' - [datetime]'2024-02-01'
$span.Days
$span.GetType().Name
