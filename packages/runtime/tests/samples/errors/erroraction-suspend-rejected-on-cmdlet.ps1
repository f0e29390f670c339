Write-Output -InputObject Test -ErrorAction Suspend
'after'
