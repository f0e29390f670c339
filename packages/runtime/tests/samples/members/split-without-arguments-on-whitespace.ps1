'a b  c'.Split().Count
