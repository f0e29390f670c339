"{0:yyyy-MM-dd HH:mm}" -f [datetime]'2024-01-02 03:04:05'
