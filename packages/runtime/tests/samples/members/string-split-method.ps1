'a,b,c'.Split(',')
