function get-foo { param([bool[]] $Parameter) $Parameter }
$x = get-foo 'a', 'b'
$x[0]
$x[1]
