function get-foo {
    [CmdletBinding(DefaultParameterSetName="set2")]
    param([Parameter(parametersetname="set1", position = 1)] $a,
          [Parameter(parametersetname="set2", position = 1)] $b,
          [parameter(valuefromremainingarguments=$true)] $foo)
    $a, $b, $foo
}
$x, $y, $z = get-foo a b c d
$null -eq $x
$y
$z -join ','
