# Get-Member sorts by MemberType name, then member name, both ignoring case (pwsh's GetMemberCommand.MemberComparer).
$o = [pscustomobject]@{ b = 1; A = 2 }
$o | Add-Member -MemberType ScriptMethod -Name Zed -Value { 1 }
$o | Add-Member -MemberType AliasProperty -Name cc -Value b
$o | Add-Member -MemberType ScriptProperty -Name Bb -Value { 2 }
$o | Get-Member | ForEach-Object { "$($_.MemberType) $($_.Name)" }
