[datetime]'2024-01-02' -lt [datetime]'2024-01-03'
