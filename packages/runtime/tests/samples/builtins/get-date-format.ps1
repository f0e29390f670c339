Get-Date -Date '2024-03-05 14:07:09' -Format 'yyyy-MM-dd HH:mm'
