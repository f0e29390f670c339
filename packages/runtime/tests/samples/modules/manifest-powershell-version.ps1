# A manifest whose PowerShellVersion is above the running version is not imported.
Import-Module "$PSScriptRoot/fixtures/Future.psd1"
$null -eq (Get-Module Future)
