function f { param([string[]]$Names) $Names.Count }
f -Names a, b, c
f a
