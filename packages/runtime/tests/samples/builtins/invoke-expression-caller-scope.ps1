# Invoke-Expression.Tests.ps1: the string runs in the caller's scope (its variables stay); iex; pipeline input.
$result = Invoke-Expression -Command 2+2
$result
(Invoke-Expression -Command "echo pestertest1")
function f { iex '$inF = 5'; $inF + 1 }
f
$inF
iex '$top = "set by iex"'
$top
'1 + 2', '"a" * 3' | Invoke-Expression
