# Get-Location returns a PathInfo: a table with one Path column; as text, and to Join-Path/Set-Location, it is the path.
Set-Location /
$here = Get-Location
$here | Out-String -Stream | ForEach-Object { "[$_]" }
$here -is [System.Management.Automation.PathInfo]
$here.Path
$here.ProviderPath
"$here"
"$($here.Drive)"
"$($here.Provider)"
$here.Path -eq $PWD.Path
Join-Path (Get-Location) x
Set-Location (Get-Location)
(Get-Location).Path
