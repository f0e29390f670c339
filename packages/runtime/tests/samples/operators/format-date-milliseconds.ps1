"{0:yyyy-MM-ddTHH:mm:ss.fff}" -f [datetime]'2024-01-02 03:04:05.678'
