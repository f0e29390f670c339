function get-foo { param([Parameter(position=2)] $a, [Parameter(position=1)] $b) $a; $b }
(get-foo c d) -join ','
