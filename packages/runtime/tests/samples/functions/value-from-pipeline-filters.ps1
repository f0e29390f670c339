function get-foo { param([Parameter(valuefrompipeline=$true)] $a) process { if ($a % 2 -eq 0) { $a } } }
(1..10 | get-foo) -join ','
