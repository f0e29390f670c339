# Get-Host.Tests.ps1 / Get-Culture.Tests.ps1: Get-Host is $Host (an InternalHost); Get-Culture is en-US ($PSCulture),
# names give other cultures ('' is the invariant one), from the pipeline too; shown as pwsh's CultureInfo table.
(Get-Host).InstanceId -eq $Host.InstanceId
(Get-Host).PSObject.TypeNames[0]
$c = Get-Culture
$c.Name -eq $PSCulture
$c.Name, $c.LCID, $c.DisplayName, $c.TwoLetterISOLanguageName
"$c"
$c -is [cultureinfo]
$Host.CurrentCulture.EnglishName -eq $c.EnglishName
$ciArray = Get-Culture "", "ru-RU"
$ciArray.Count
$ciArray[0].EnglishName
$ciArray[1].Name
$ciArray[1].EnglishName
("", "ru-RU" | Get-Culture).Count
(Get-Culture -Name ru-RU -NoUserOverrides).Name
Get-Culture -Name "abcdefghijkl"
(Get-Culture | Out-String -Stream)[1..3]
