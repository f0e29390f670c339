# Invoke-Command without a computer runs the block locally: -ArgumentList, pipeline input as $input, a new scope
# unless -NoNewScope; icm.
Invoke-Command -ScriptBlock { param($x, $y) $x * $y } -ArgumentList 6, 7
icm { $args.Count } -ArgumentList 1, 2, 3
1, 2, 3 | Invoke-Command { $input | ForEach-Object { $_ * 10 } }
Invoke-Command { 'x' } -InputObject 5
$v = 'outer'
Invoke-Command { $v = 'inner' }
$v
Invoke-Command { $v = 'dot' } -NoNewScope
$v
Invoke-Command { param($a) $dotted = "got $a"; $args.Count } -ArgumentList 5, 6 -NoNewScope
$dotted
