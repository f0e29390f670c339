# New-Module makes a dynamic module: its exports are imported at once, Get-Module lists it only after
# `| Import-Module`; -AsCustomObject gives an object with the functions as methods and the variables as properties;
# -ReturnResult writes the block's output instead of the module.
$m = New-Module -Name Calc -ScriptBlock {
    $Factor = 3
    function Get-Triple($x) { $x * $Factor }
    function Hide-Me { 1 }
    Export-ModuleMember -Function Get-Triple -Variable Factor
}
$m.Name
$m.ModuleType
Get-Triple 4
[bool](Get-Command Hide-Me -ErrorAction SilentlyContinue)
$null -eq (Get-Module Calc)
$m | Import-Module
(Get-Module Calc).Name
$o = New-Module -AsCustomObject -ScriptBlock {
    function Add($a, $b) { $a + $b }
    $Answer = 42
    Export-ModuleMember -Function Add -Variable Answer
}
$o.Add(2, 3)
$o.Answer
New-Module -ReturnResult -ScriptBlock { 'ran' }
