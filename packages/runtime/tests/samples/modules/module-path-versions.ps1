# Import-Module by name searches $env:PSModulePath: <dir>/<Name>/<version>/<Name>.psd1, the highest version unless
# -RequiredVersion/-MaximumVersion say otherwise; Get-Module -ListAvailable lists each version.
$saved = $env:PSModulePath
$env:PSModulePath = "$PSScriptRoot/fixtures" + [System.IO.Path]::PathSeparator + $saved
try {
    Get-Module -ListAvailable Greet | ForEach-Object { "$($_.Name) $($_.Version)" }
    Import-Module Greet
    Get-Greeting
    Import-Module Greet -RequiredVersion 1.0.0 -Force
    Get-Greeting
    # -Force reloads only the same file: 2.1.0 stays loaded beside 1.0.0 (pwsh's module table is keyed by path).
    Get-Module Greet | ForEach-Object { $_.Version.ToString() }
    Remove-Module Greet
    Import-Module Greet -MaximumVersion '1.5'
    Get-Greeting
    Remove-Module Greet
    Import-Module NoSuchModuleHere
} finally {
    $env:PSModulePath = $saved
}
