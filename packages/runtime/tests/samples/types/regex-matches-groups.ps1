([regex]'(\w)(\d)').Matches('a1 b2') | ForEach-Object { $_.Groups[1].Value }
