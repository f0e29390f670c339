# Get-Date's output carries a DisplayHint note (DateTime by default); the DateTime view shows only the date or the time.
$when = '2026-11-26 23:10:37'
$full = Get-Date -Date $when
$full.DisplayHint
$full -is [datetime]
$full | Out-String -Stream
$date = Get-Date -Date $when -DisplayHint Date
$date.DisplayHint
$date.DisplayHint -is [Microsoft.PowerShell.Commands.DisplayHintType]
$date | Out-String -Stream
Get-Date -Date $when -DisplayHint Time | Out-String -Stream
"$date"
(Get-Date -Date $when -Format yyyy).DisplayHint -eq $null
