# `return` inside $(...) or on the right of an assignment leaves with what was collected so far: pwsh writes it and
# the returned value to the function's output, and the variable is not assigned.
function Sub { $("1"; return "2"); 'not reached' }
Sub
function Assign { $script:v = if ($true) { return 'one' }; 'not reached' }
Assign
$null -eq $script:v
