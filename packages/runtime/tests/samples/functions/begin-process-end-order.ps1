function f { begin { 'b' } process { "p$_" } end { 'e' } }
1, 2 | f
