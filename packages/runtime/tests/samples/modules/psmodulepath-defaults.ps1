# pwsh sets $env:PSModulePath at start-up: the user's and the shared module folders and $PSHOME/Modules.
$entries = $env:PSModulePath -split [System.IO.Path]::PathSeparator
$entries -contains (Join-Path $PSHOME 'Modules')
if ($IsWindows) { $true } else { $entries -contains '/usr/local/share/powershell/Modules' }
