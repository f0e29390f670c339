# Inside a module file, $PSScriptRoot is the module's folder, for its top-level code and for its functions.
Import-Module "$PSScriptRoot/fixtures/Rooted"
(Get-RootedPath) -eq (Join-Path $PSScriptRoot 'fixtures/Rooted')
(Get-RootedLive) -eq (Join-Path $PSScriptRoot 'fixtures/Rooted')
Remove-Module Rooted
