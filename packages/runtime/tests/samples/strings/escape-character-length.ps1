"`e".Length
[int][char]"`e"
