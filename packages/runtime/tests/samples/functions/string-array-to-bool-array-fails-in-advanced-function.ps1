function get-foo { [cmdletbinding()] param([bool[]] $Parameter) $Parameter }
get-foo 'a', 'b'
'after'
