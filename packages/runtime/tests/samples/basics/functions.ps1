function f($a, $b) { $a + $b }
f 1 2
function g { [CmdletBinding()] param([Parameter(Mandatory)][string]$Name, [int]$Count = 2) "$Name x $Count" }
g -Name hi
g hey -Count 5
