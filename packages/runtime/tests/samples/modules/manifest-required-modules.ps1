# RequiredModules are imported before the module (found under $env:PSModulePath); a required module that cannot be
# found stops the import with Modules_InvalidManifest.
$saved = $env:PSModulePath
$env:PSModulePath = "$PSScriptRoot/fixtures" + [System.IO.Path]::PathSeparator + $saved
try {
    Import-Module Needy
    Get-Needy
    (Get-Module Tools).Name
    Import-Module "$PSScriptRoot/fixtures/Broken.psd1"
    $null -eq (Get-Module Broken)
    Remove-Module Needy, Tools
} finally {
    $env:PSModulePath = $saved
}
