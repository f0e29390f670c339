# A manifest without RootModule is a Manifest module; its NestedModules' functions are exported through it.
$m = Import-Module "$PSScriptRoot/fixtures/Nested" -PassThru
$m.ModuleType
$m.Version.ToString()
Get-Inner
Remove-Module Nested
[bool](Get-Command Get-Inner -ErrorAction SilentlyContinue)
