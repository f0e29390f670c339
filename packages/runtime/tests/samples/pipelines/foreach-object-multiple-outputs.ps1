1..2 | ForEach-Object { $_; $_ * 10 }
