[bool]@([ConsoleColor]::Black)
[bool]@([ConsoleColor]::Yellow)
