$name = "World"
'Hello, $name!'
