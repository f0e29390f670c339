# A function's parameters written after its name (`function f($a)`) are its parameters for Get-Help too.
function Test-Parens([int]$Count, $Name) {}
(Get-Help Test-Parens).parameters.parameter.name
