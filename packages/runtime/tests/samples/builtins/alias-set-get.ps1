# Set-Alias.Tests.ps1 / Get-Alias.Tests.ps1: Name, Definition, Description, Options; -Scope 0/local/1; sal and gal.
function f {
    Set-Alias -Name ABCD -Value "localfoo" -Scope local -Force:$true
    Set-Alias -Name ABCD -Value "foo1" -Scope "1" -Force:$true
    (Get-Alias -Name ABCD).Definition
    (Get-Alias -Name ABCD -Scope local).Definition
    (Get-Alias -Name ABCD -Scope "1").Definition
}
f
Set-Alias -Name ABCD -Value "foo" -Option ReadOnly -Force:$true
$result = Get-Alias -Name ABCD
"$($result.Name) $($result.Definition) [$($result.Description)] $($result.Options)"
Set-Alias -Name ABCD -Value "foo" -Force:$true -Description "test description"
$result = Get-Alias -Name ABCD -Scope "0"
"$($result.Name) $($result.Definition) [$($result.Description)] $($result.Options) $($result.CommandType)"
sal gd Get-Date
(gal gd).ResolvedCommandName
nal -Name testAlias -Value 100 -PassThru | ForEach-Object DisplayName
