'aaa' -replace 'a', 'b'
