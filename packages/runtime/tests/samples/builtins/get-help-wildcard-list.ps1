# A name matching several commands lists them (HelpInfoShort: Name, Category, Module, Synopsis); one match gives its help.
function Test-HelpAlpha {}
function Test-HelpBeta { param($Value) }
Get-Help Test-Help* | ForEach-Object { "$($_.Name) $($_.Category)" }
(Get-Help Test-HelpB*).Name
(Get-Help Test-Help* | Select-Object -First 1).PSObject.TypeNames[0]
# No match for a wildcard is no error; an exact name that does not exist is HelpNotFound.
Get-Help Test-Nothing*
Get-Help Test-Nothing
