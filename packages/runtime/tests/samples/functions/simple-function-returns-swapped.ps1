function foo ($a, $b) { $b, $a }
(foo a b) -join ','
