([datetime]'2024-03-15').AddDays(20).ToString('yyyy-MM-dd')
