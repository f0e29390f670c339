# Remove-Module -ModuleInfo or a -FullyQualifiedName with a version removes that one module; a name removes every
# version loaded under it.
Import-Module "$PSScriptRoot/fixtures/Greet/1.0.0/Greet.psd1"
Import-Module "$PSScriptRoot/fixtures/Greet/2.1.0/Greet.psd1"
Get-Module Greet | Where-Object { $_.Version -eq '2.1.0' } | Remove-Module
Get-Module Greet | ForEach-Object { $_.Version.ToString() }
Import-Module "$PSScriptRoot/fixtures/Greet/2.1.0/Greet.psd1"
Remove-Module -FullyQualifiedName @{ ModuleName = 'Greet'; RequiredVersion = '1.0.0' }
Get-Module Greet | ForEach-Object { $_.Version.ToString() }
Import-Module "$PSScriptRoot/fixtures/Greet/1.0.0/Greet.psd1"
Remove-Module Greet
(Get-Module Greet).Count
