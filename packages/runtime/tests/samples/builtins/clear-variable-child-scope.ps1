# Clear-Variable.Tests.ps1: -Scope local clears the child's own variable; the parent's keeps its value.
Set-Variable foo bar
& {
    Set-Variable foo baz
    Clear-Variable -Name foo -Scope "local"
    $null -eq (Get-Variable -Name foo -Scope "local").Value
}
(Get-Variable -Name foo).Value
Set-Variable pfoo bar -Option Private
& { Get-Variable -Name pfoo -Scope local }
(Get-Variable -Name pfoo).Options.ToString()
