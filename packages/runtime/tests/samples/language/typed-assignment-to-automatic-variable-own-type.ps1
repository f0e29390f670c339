# Each automatic variable constrained to its own type (SpecialVariables.AutomaticVariableTypes) is allowed.
[object]$_ = 'item'
[object[]]$args = 1, 2
[string]$PSScriptRoot = 'root'
$_
$args.Count
$PSScriptRoot
