function f { param($a, $b) $PSBoundParameters.Count; $PSBoundParameters.ContainsKey('b') }
f -a 1
