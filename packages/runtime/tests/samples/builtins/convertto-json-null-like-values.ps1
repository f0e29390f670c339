# ConvertTo-Json writes $null, [DBNull]::Value and [NullString]::Value as null (PowerShell's ConvertTo-Json.Tests.ps1).
[ordered]@{ a = $null; c = [System.DBNull]::Value; d = [NullString]::Value } | ConvertTo-Json -Compress
ConvertTo-Json ([NullString]::Value)
ConvertTo-Json -Compress @($null, [System.DBNull]::Value, [NullString]::Value)
