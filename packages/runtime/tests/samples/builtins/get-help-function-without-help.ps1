# A function without comment-based help: NAME, SYNTAX (default parameter set first), ALIASES and REMARKS None.
function Get-Thing {
  [CmdletBinding(DefaultParameterSetName = 'ByName')]
  param(
    [Parameter(Mandatory, ParameterSetName = 'ById')][int]$Id,
    [Parameter(Mandatory, Position = 0, ParameterSetName = 'ByName')][string[]]$Name,
    [switch]$Force
  )
}
(Get-Help Get-Thing | Out-String) -split "\r?\n" | ForEach-Object { $_.TrimEnd() } | Where-Object { $_ }
$h = Get-Help Get-Thing
$h.Name
$h.Category
$p = Get-Help Get-Thing -Parameter Id
$p.name
$p.required
$p.position
$p.type.name
(Get-Help Get-Thing -Parameter N*).name
(Get-Thing -?).Name
Get-Help Get-Thing -Parameter Nope
