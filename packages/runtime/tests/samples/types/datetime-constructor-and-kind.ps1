[datetime]::new(2024, 1, 2).ToString('yyyy-MM-dd')
[datetime]::UtcNow.Kind
[datetime]::Today.TimeOfDay.TotalSeconds
