# [long] casts give System.Int64, even for values an Int32 could hold.
([long]5).GetType().Name
[long]5 -is [long]
[long]5 -is [int]
[long]'9223372036854775807'
[long]::MinValue
[long]5 -eq 5
