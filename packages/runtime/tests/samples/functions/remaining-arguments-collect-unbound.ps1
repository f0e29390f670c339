function get-foo { param([Parameter(position=1)] $a, [Parameter(valuefromremainingarguments=$true)] $foo) $foo }
(get-foo a b c d) -join ','
(get-foo a b -a c d) -join ','
(get-foo a b -a c -q d) -join ','
