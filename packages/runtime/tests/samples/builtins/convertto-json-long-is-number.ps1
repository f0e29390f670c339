@{ a = 5L } | ConvertTo-Json -Compress
[long]7 | ConvertTo-Json
