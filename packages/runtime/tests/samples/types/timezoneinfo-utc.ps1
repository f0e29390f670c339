[TimeZoneInfo]::Utc.Id
[TimeZoneInfo]::Utc.BaseUtcOffset.TotalHours
