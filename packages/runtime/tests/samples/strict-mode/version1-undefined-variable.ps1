# Set-StrictMode -Version 1.0: reading a variable that was never set is VariableIsUndefined, except inside a string.
Set-StrictMode -Version 1.0
"in a string: [$neverSet]"
$x = $neverSet
'the next statement runs'
