# Set-Variable.Tests.ps1: -Scope 1/local/script from a child scope; without -Scope the variable is created locally.
function f {
    Set-Variable -Name foo -Value bar0
    Set-Variable -Name foo -Value bar -Scope "1"
    (Get-Variable -Name foo -Scope "1").Value
    Set-Variable -Name foo -Value newValue -Scope "local"
    (Get-Variable -Name foo -Scope "local").Value
    Set-Variable -Name bar -Value fromF
    Set-Variable -Name g -Value global1 -Scope global
}
f
$foo
$bar
$global:g
& { Set-Variable -Name foo -Value scripted -Scope script }
$foo
