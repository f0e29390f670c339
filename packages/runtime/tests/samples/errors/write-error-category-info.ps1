# Write-Error's CategoryInfo: activity "Write-Error" even inside a function (the id still ends in the function's name),
# the target's .NET type name, and the -Category* overrides.
function Get-Thing { Write-Error 'boom' -TargetObject 42 }
try { $ErrorActionPreference = 'Stop'; Get-Thing } catch { $_.CategoryInfo.ToString(); $_.FullyQualifiedErrorId }
try { Write-Error 'x' -TargetObject 'mbx1' -ErrorAction Stop } catch { $_.CategoryInfo.ToString() }
try {
  Write-Error 'x' -CategoryActivity 'Sync' -CategoryReason 'Why' -CategoryTargetName 'T' -CategoryTargetType 'Ty' -ErrorAction Stop
} catch { $_.CategoryInfo.ToString() }
