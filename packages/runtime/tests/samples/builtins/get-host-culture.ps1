# Get-Host is $Host; Get-Culture is en-US (LCID 1033), shown as pwsh's CultureInfo table.
(Get-Host).InstanceId -eq $Host.InstanceId
$c = Get-Culture
$c.Name, $c.LCID, $c.DisplayName, $c.TwoLetterISOLanguageName
(Get-Culture | Out-String -Stream)[1..3]
