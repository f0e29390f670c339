'apple', 'banana', 'cherry' | Where-Object { $_ -match '^[ab]' }
