function get-foo {
    param([Parameter(parametersetname='set1',position=1)] $a,
          [Parameter(parametersetname='set2',position=1)] $b,
          [parameter(valuefromremainingarguments=$true)] $foo)
    $foo
}
(get-foo -a a b c d) -join ','
(get-foo -b b a c d) -join ','
get-foo -a a -b b c d
