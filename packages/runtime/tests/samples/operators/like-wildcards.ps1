"file.txt" -like "*.txt"
"file.txt" -like "f?le.*"
"abc" -like "[a-c]bc"
"abc" -notlike "a*"
