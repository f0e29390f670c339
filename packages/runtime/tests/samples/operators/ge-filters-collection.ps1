1, 2, 3, 4 -ge 3
"abc", "def" -ne "abc"
