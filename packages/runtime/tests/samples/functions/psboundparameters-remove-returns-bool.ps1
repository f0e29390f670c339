# Dictionary.Remove returns whether the key was there (keys compare case-insensitively).
function f { param($a, $b) $PSBoundParameters.Remove('A'); $PSBoundParameters.Remove('a'); $PSBoundParameters.Keys }
f -a 1 -b 2
