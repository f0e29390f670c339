[pscustomobject]@{a=1;b=@(1,2);c='x'} | ConvertTo-Json -Compress
