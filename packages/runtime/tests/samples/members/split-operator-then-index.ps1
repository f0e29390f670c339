('a b c' -split ' ')[1]
