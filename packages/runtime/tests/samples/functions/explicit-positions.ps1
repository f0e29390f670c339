function f { param([Parameter(Position = 1)]$a, [Parameter(Position = 0)]$b) "$a $b" }
f x y
