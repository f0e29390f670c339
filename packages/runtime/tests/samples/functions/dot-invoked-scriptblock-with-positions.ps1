$foo = . { param([Parameter(position=2)] $a, [Parameter(position=1)] $b); $a; $b } a b
$foo[0]
