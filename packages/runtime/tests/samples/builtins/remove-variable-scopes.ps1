# Remove-Variable.Tests.ps1: removing in a child scope leaves the parent's variable; -Scope names the scope to remove from.
New-Variable foo bar
& {
    Clear-Variable foo
    Remove-Variable foo
    Get-Variable -Name foo -Scope local
}
(Get-Variable -Name foo).Value
New-Variable gv1 1 -Scope global
Remove-Variable gv1 -Scope local
Remove-Variable gv1 -Scope global
$global:gv1 -eq $null
