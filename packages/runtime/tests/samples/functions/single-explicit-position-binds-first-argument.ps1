function get-foo { param([Parameter(position=2)] $a) $a }
get-foo b
