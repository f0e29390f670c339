"a-b_c" -replace '-', ' ' -replace '_', ' '
