"{0:hh\:mm}" -f [timespan]'01:30:00'
"{0:c}" -f [timespan]'1.02:03:04'
