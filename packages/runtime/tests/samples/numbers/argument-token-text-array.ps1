# A [string[]] parameter converts a lone numeric argument through its text (ConvertScalarToArray); the elements of
# an array literal argument are plain numbers (only a constant argument is wrapped).
function many([string[]]$s) { $s -join '|' }
many 007
many 1.0, 2
