(1..5).Where({ $_ -eq 3 }, 'Until')
