"a1", "b2", "a3" -like "a*"
