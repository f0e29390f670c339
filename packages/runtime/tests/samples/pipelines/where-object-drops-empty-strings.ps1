'a,,b,' -split ',' | Where-Object { $_ }
