# -OutVariable / -ErrorVariable names may start with a scope (script:, global:), as a variable path does.
function Get-Foo { [CmdletBinding()] param() 'foo'; Write-Error 'oops' }
function Outer { Get-Foo -OutVariable script:out -ErrorVariable global:err 2>$null > $null }
Outer
$script:out
$global:err.Count
Write-Output 'w' -OutVariable script:w > $null
$w
