# A simple function called again and again from one place: its parameters, $args and $PSBoundParameters each time.
function g($a, $b) { "[$a] [$b] $($args.Count) $($PSBoundParameters.Count)" }
foreach ($v in 1, 2) { g $v }
foreach ($v in 1, 2) { g $v ($v + 1) 3 }
foreach ($v in 'x', $null, '', 4) { g $v }
