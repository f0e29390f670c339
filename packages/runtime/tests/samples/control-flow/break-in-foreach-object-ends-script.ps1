1..5 | ForEach-Object { if ($_ -eq 3) { break }; $_ }
'after'
