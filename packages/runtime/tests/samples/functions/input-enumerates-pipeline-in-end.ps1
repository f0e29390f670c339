function f { $input | ForEach-Object { $_ * 2 } }
1, 2, 3 | f
