function f { param($a = 5) $PSBoundParameters.ContainsKey('a'); $a }
f
