# ConvertTo-Json writes an Int64 with all its digits, past 2^53 too.
[long]::MaxValue | ConvertTo-Json
@{ a = [long]9007199254740993 } | ConvertTo-Json -Compress
[long]::MinValue | ConvertTo-Json
