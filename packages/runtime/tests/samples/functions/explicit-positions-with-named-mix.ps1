function get-foo { param([Parameter(position=1)] $a, [Parameter(position=2)] $b) $a; $b }
(get-foo c d) -join ','
(get-foo -a c d) -join ','
(get-foo -b d c) -join ','
(get-foo c -b d) -join ','
