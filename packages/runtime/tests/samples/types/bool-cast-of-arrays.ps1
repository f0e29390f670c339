[bool]@()
[bool]@(0)
[bool]@(0, 0)
