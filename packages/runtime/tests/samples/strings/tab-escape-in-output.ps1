"A`tB"
