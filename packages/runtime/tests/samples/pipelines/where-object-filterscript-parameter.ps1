1..4 | Where-Object -FilterScript { $_ % 2 -eq 0 }
