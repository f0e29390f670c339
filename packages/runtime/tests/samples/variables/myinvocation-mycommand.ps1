# At script level $MyInvocation.MyCommand is the script (ExternalScriptInfo): Path and Definition are its full path,
# so the PSv2 idiom `Split-Path $MyInvocation.MyCommand.Path` finds its folder. In a function it is a FunctionInfo,
# in a filter a FilterInfo; a CommandInfo's ToString() is its name.
$MyInvocation.MyCommand.CommandType
$MyInvocation.MyCommand.Path -eq $PSCommandPath
$MyInvocation.MyCommand.Definition -eq $PSCommandPath
$MyInvocation.MyCommand.Name
"$($MyInvocation.MyCommand)"
function Get-Thing { $MyInvocation.MyCommand.CommandType; $MyInvocation.MyCommand.GetType().Name; "$($MyInvocation.MyCommand)" }
Get-Thing
filter Pass-It { $MyInvocation.MyCommand.CommandType }
1 | Pass-It
