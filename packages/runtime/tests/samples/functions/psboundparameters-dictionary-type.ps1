# $PSBoundParameters is pwsh's PSBoundParametersDictionary: a Dictionary[string,object], not a hashtable.
function f { param($a) $PSBoundParameters.GetType().FullName; $PSBoundParameters -is [System.Collections.Generic.Dictionary[string,object]]; $PSBoundParameters -is [hashtable]; $PSBoundParameters -is [System.Collections.IDictionary]; $MyInvocation.BoundParameters.GetType().Name }
f -a 1
