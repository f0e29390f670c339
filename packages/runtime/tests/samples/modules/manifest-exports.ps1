# Import-Module of a .psd1: the manifest's RootModule runs, FunctionsToExport/AliasesToExport/VariablesToExport narrow
# what Export-ModuleMember exported; the PSModuleInfo carries the manifest's version, GUID, author and description.
$m = Import-Module "$PSScriptRoot/fixtures/Greet/2.1.0/Greet.psd1" -PassThru
$m.Name
$m.ModuleType
$m.Version.ToString()
$m.Guid.ToString()
$m.Author
$m.Description
Get-Greeting
gg
$GreetCount
[bool](Get-Command Hide-Greeting -ErrorAction SilentlyContinue)
(Get-Module Greet).Version.ToString()
Remove-Module Greet
[bool](Get-Command Get-Greeting -ErrorAction SilentlyContinue)
[bool](Get-Alias gg -ErrorAction SilentlyContinue)
