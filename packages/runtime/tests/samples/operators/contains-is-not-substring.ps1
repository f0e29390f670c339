"abc" -contains "b"
"abc".Contains("b")
