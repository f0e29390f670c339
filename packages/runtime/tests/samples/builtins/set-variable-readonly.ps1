# Set-Variable.Tests.ps1: a ReadOnly variable needs -Force; a Constant one refuses even then.
Set-Variable abcaVar bar -Description "new description" -Option ReadOnly
Set-Variable abcaVar other
$abcaVar
Set-Variable abcaVar forced -Force
$abcaVar
(Get-Variable abcaVar).Options.ToString()
function f { Set-Variable -Name abcaVar new -Scope 1 }
f
Set-Variable -Name konst bar -Option Constant -Scope "local"
Set-Variable -Name konst new -Force
$konst
