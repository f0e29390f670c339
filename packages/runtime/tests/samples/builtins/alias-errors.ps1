# Set-Alias/New-Alias/Get-Alias tests: bad -Scope, existing names, read-only and constant aliases, not found.
Set-Alias -Name "ABCD" -Value "foo" -Scope "bogus"
Set-Alias -Name "ABCD" -Value "foo" -Scope "-1"
Get-Alias -Name "ABCD" -Scope "99999"
New-Alias -Name "ABCD" -Value "foo" -Option "Constant" -Force:$true
New-Alias -Name "ABCD" -Value "bar"
New-Alias -Name "ABCD" -Value "bar" -Force
Set-Alias -Name "ABCD" -Value "bar" -Force
(Get-Alias ABCD).Definition
Set-Alias -Name ro -Value foo -Option ReadOnly
Set-Alias -Name ro -Value bar
Set-Alias -Name ro -Value bar -Option Constant -Force
Get-Alias -Name nope
Get-Alias -Name nope*
Get-Alias -Definition nope
Get-Alias -Name $null
