"abc" -eq "ABC"
"abc" -ceq "ABC"
"abc" -ieq "ABC"
