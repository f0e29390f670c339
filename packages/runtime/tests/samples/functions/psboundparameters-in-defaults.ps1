# A default value's expression sees $PSBoundParameters as bound so far, and a change to it is what later ones see.
function g {
    [CmdletBinding()]
    param($a, $b = $PSBoundParameters.ContainsKey('a'), $c = $([void]$PSBoundParameters.Remove('a'); 'r'), $d = $PSBoundParameters.ContainsKey('a'))
    "[$a] [$b] [$c] [$d] $($PSBoundParameters.Count)"
}
g 1
g
g 2 3
foreach ($i in 1..3) { g $i }
