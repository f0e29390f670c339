'John Smith' -replace '(\w+) (\w+)', '$2, $1'
