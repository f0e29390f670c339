"a,b;c" -split "[,;]"
