1, 2, 3 -contains "2"
"Apple", "Pear" -contains "apple"
"Apple", "Pear" -ccontains "apple"
