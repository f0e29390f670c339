# Version bounds no module under $env:PSModulePath meets: Modules_ModuleWithVersionNotFound.
$saved = $env:PSModulePath
$env:PSModulePath = "$PSScriptRoot/fixtures" + [System.IO.Path]::PathSeparator + $saved
try {
    Import-Module Greet -RequiredVersion '9.9'
    Import-Module Greet -MinimumVersion '3.0' -ErrorVariable e -ErrorAction SilentlyContinue
    $e[0].Exception.Message
    $null -eq (Get-Module Greet)
} finally {
    $env:PSModulePath = $saved
}
