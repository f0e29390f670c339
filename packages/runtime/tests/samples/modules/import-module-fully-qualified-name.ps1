# Import-Module -FullyQualifiedName takes ModuleSpecifications (a hashtable converts through its constructor):
# ModuleName with RequiredVersion, ModuleVersion (a minimum) or MaximumVersion.
$saved = $env:PSModulePath
$env:PSModulePath = "$PSScriptRoot/fixtures" + [System.IO.Path]::PathSeparator + $saved
try {
    Import-Module -FullyQualifiedName @{ ModuleName = 'Greet'; RequiredVersion = '1.0.0' }
    Get-Greeting
    Import-Module -FullyQualifiedName @{ ModuleName = 'Greet'; ModuleVersion = '2.0' } -Force
    Get-Greeting
    ([Microsoft.PowerShell.Commands.ModuleSpecification]@{ ModuleName = 'Greet'; ModuleVersion = '2.0' }).Name
    Remove-Module Greet
} finally {
    $env:PSModulePath = $saved
}
