function get-foo { param([Parameter(valuefrompipelinebypropertyname=$true)] $foo) process { if ($foo % 2 -eq 0) { $foo } } }
$b = 1..10 | Select-Object @{name='foo'; expression={$_ * 10}} | get-foo
$b -join ','
