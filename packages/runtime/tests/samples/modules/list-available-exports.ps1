# Get-Module -ListAvailable and Test-ModuleManifest show what a module would export without importing it: a .psm1's
# top-level functions, narrowed by the manifest's FunctionsToExport.
$saved = $env:PSModulePath
$env:PSModulePath = "$PSScriptRoot/fixtures" + [System.IO.Path]::PathSeparator + $saved
try {
    Get-Module -ListAvailable Greet, Tools | ForEach-Object { "$($_.Name) $($_.Version): $($_.ExportedCommands.Keys -join ',')" }
    $null -eq (Get-Module Tools)
    $t = Test-ModuleManifest "$PSScriptRoot/fixtures/Greet/1.0.0/Greet.psd1"
    "$($t.Name) $($t.Version) $($t.ExportedFunctions.Keys -join ',')"
} finally {
    $env:PSModulePath = $saved
}
