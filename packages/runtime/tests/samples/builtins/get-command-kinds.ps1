# Get-Command finds aliases, cmdlets, functions and (on Linux) applications on PATH, in discovery's precedence.
$alias = Get-Command dir
$alias.CommandType
$alias.Definition
$alias.DisplayName
(Get-Command Get-Date).Source
function Get-SampleThing { }
(Get-Command Get-SampleThing).CommandType
(Get-Command sort).CommandType
(Get-Command -Noun Csv).Name
(Get-Command -Verb Import -Noun Csv).Name
(Get-Command -Name where -CommandType Cmdlet, Alias).CommandType
