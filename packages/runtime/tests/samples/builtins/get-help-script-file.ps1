# Get-Help on a script path reads the comment-based help at the start of the script.
$file = Join-Path ([IO.Path]::GetTempPath()) "exosh-help-$PID.ps1"
Set-Content -Path $file -Value @'
<#
.SYNOPSIS
Cleans up a mailbox.
.PARAMETER Identity
The mailbox to clean.
#>
param([Parameter(Mandatory)][string]$Identity)
"cleaning $Identity"
'@
$h = Get-Help $file
$h.Synopsis
$h.Category
$h.Name -eq $file
(Get-Help $file -Parameter Identity).description[0].Text
Remove-Item $file
