# pwsh defines `help` as a function with Get-Help's parameters (exosh writes no pager).
function Get-Thing { param($Name) }
(Get-Command help).CommandType
(help Get-Thing).Name
(help Get-Thing -Parameter Name).name
