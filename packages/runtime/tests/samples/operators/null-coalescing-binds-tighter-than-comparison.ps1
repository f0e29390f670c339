$true -and $null ?? $true
'x' -eq $null ?? 'x'
$null -eq $null ?? 'x'
1 -band $null ?? 1
