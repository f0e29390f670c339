function f { param([ValidateNotNullOrEmpty()][string]$s) $s }
f ''
