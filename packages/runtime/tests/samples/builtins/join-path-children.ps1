Join-Path /tmp 'a' 'b.txt'
