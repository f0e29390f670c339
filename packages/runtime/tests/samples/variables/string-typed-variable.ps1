[string]$s = 42
$s + 1
