"apple", "banana", "cherry" -match 'an'
