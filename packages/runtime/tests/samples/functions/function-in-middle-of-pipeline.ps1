function add1 { process { $_ + 1 } }
1, 2 | add1 | ForEach-Object { $_ * 10 }
