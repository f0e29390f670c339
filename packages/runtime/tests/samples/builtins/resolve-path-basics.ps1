# Resolve-Path gives each existing item a path names (wildcards expanded) as a PathInfo, or with -Relative the
# path from the current location (or -RelativeBasePath): ./child, ../sibling, ..
Set-Location $PSScriptRoot
$info = Resolve-Path push-pop-location.ps1
$info -is [System.Management.Automation.PathInfo]
$info.Path -eq (Join-Path $PSScriptRoot push-pop-location.ps1)
(Resolve-Path push-pop-location*.ps1).Count
Resolve-Path push-pop-location.ps1 -Relative
Resolve-Path -LiteralPath push-pop-location.ps1 -Relative
Resolve-Path .. -Relative
(Resolve-Path ..).Path -eq (Split-Path $PSScriptRoot)
Resolve-Path builtins/push-pop-l?cation.ps1 -RelativeBasePath .. -Relative
(Resolve-Path builtins -RelativeBasePath ..).Path -eq $PSScriptRoot
'push-pop-location.ps1' | rvpa -Relative
