$ts = [datetime]'2024-01-01 02:30' - [datetime]'2024-01-01 00:00'
"{0:N1} hours" -f $ts.TotalHours
