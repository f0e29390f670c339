'abc', 'de' | ForEach-Object -MemberName Length
