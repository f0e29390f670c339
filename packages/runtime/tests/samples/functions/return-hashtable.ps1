function f { return @{ a = 1 } }
(f).a
