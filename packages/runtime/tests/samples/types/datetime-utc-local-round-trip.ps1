$d = [datetime]::new(2024, 6, 1, 12, 0, 0, [DateTimeKind]::Utc)
$d.ToLocalTime().ToUniversalTime() -eq $d
$d.ToLocalTime().Kind
