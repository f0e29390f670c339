# -OnType keeps the first object of each run of the same type.
1, 2, "a", "b", 3 | Get-Unique -OnType
