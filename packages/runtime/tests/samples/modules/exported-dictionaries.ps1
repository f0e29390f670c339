# PSModuleInfo's Exported* members are Dictionary[string, T]: names as keys (case-insensitive), FunctionInfo,
# AliasInfo and PSVariable values.
Import-Module "$PSScriptRoot/fixtures/Greet/2.1.0/Greet.psd1"
$m = Get-Module Greet
$m.ExportedFunctions.GetType().Name
$m.ExportedFunctions.ContainsKey('get-greeting')
$m.ExportedFunctions.ContainsKey('Hide-Greeting')
$m.ExportedFunctions['Get-Greeting'].CommandType
$m.ExportedFunctions['Get-Greeting'].Name
$m.ExportedFunctions['Get-Greeting'].ScriptBlock.Invoke()
$m.ExportedAliases['gg'].Definition
$m.ExportedAliases.Values.ResolvedCommandName
$m.ExportedVariables['GreetCount'].Value
$m.ExportedCommands.Keys | Sort-Object
$m.ExportedCommands.Count
$m.ExportedCmdlets.Count
Remove-Module Greet
