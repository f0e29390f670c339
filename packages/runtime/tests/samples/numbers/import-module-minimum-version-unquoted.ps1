# An unquoted -MinimumVersion 3.0 is the version 3.0 (the argument's token text), not the Double 3.
$saved = $env:PSModulePath
$env:PSModulePath = "$PSScriptRoot/../modules/fixtures" + [System.IO.Path]::PathSeparator + $saved
try {
    Import-Module Greet -MinimumVersion 3.0 -ErrorVariable e -ErrorAction SilentlyContinue
    $e[0].Exception.Message
    $null -eq (Get-Module Greet)
    Import-Module Greet -MinimumVersion 2.0
    (Get-Module Greet).Version.ToString()
} finally {
    Remove-Module Greet -ErrorAction SilentlyContinue
    $env:PSModulePath = $saved
}
