([datetime]'2024-01-31').AddMonths(1).ToString('yyyy-MM-dd MMMM')
