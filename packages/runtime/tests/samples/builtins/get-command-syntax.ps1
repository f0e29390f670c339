# Get-Command -Syntax writes each command's Syntax: a blank line before every parameter set's line (a set without
# parameters keeps the space after the name); a command found through an alias is shown under the alias's name.
function Test-Simple {}
function Test-Params([int]$Count, $Name) {}
function Test-Advanced {
    [CmdletBinding(DefaultParameterSetName = 'ByName')]
    param(
        [Parameter(Mandatory, Position = 0, ParameterSetName = 'ByName')][string]$Name,
        [Parameter(Mandatory, ParameterSetName = 'ById')][int]$Id,
        [switch]$Force
    )
}
Set-Alias tadv Test-Advanced
$syntax = Get-Command test-simple -Syntax
$syntax.GetType().FullName
$syntax -split "`n" | ForEach-Object { "[$_]" }
(Get-Command Test-Params -Syntax) -split "`n" | ForEach-Object { "[$_]" }
(Get-Command Test-Advanced -Syntax) -split "`n" | ForEach-Object { "[$_]" }
(Get-Command tadv -Syntax) -split "`n" | ForEach-Object { "[$_]" }
# A wildcard match is shown under an alias that points at it (GetCommandCommand.GetSyntaxObject).
(Get-Command Test-Adv* -Syntax) -split "`n" | ForEach-Object { "[$_]" }
