'a','b','a' | Group-Object | ForEach-Object { '{0}={1}' -f $_.Name, $_.Count }
