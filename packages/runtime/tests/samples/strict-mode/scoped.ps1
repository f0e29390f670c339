# Strict mode is scoped: a function's Set-StrictMode -Off (or a version) lasts until the function returns.
function Loose { Set-StrictMode -Off; "loose: [$neverSet1]" + $neverSet2 }
function Strict { Set-StrictMode -Version Latest; try { $neverSet3 } catch { 'strict inside' } }
Strict
$null -eq $neverSet4
Set-StrictMode -Version 2
Loose
try { $neverSet5 } catch { 'strict again' }
Set-StrictMode -Off
$null -eq $neverSet6
