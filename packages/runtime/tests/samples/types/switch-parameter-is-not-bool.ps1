# A [switch] parameter's value is a SwitchParameter: -is [bool] is False, -is [switch] True, present or not.
function f([switch]$s) { $s -is [bool]; $s -is [switch]; $s.IsPresent }
f -s
f
