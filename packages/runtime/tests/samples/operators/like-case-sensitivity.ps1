"ABC" -like "abc"
"ABC" -clike "abc"
