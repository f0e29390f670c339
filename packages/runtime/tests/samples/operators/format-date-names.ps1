"{0:dddd, MMM d, yyyy}" -f [datetime]'2024-03-15'
"{0:tt}" -f [datetime]'2024-01-02 15:00'
"{0:MM/dd/yyyy}" -f [datetime]'2024-01-02'
