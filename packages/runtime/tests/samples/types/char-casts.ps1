[char]65
[int][char]'A'
