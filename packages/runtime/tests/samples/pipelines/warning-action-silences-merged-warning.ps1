Write-Warning 'w' -WarningAction SilentlyContinue 3>&1
$WarningPreference = 'SilentlyContinue'
Write-Warning 'w2' 3>&1
'done'
