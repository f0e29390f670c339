$name = "World"
"Hello, $name!"
