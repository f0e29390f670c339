[datetime]::ParseExact('2024-03-05', 'yyyy-MM-dd', $null).Day
