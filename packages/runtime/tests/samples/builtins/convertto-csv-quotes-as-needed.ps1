[pscustomobject]@{a=1;b='x,y'} | ConvertTo-Csv -UseQuotes AsNeeded
