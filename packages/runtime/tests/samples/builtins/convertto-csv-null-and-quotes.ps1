[pscustomobject]@{a=1;b='x,"y"';c=$null;d=''} | ConvertTo-Csv
