"{0:yyyy-MM-dd}" -f [datetime]'2024-03-05'
