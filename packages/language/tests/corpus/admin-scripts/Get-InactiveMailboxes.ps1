<#
.SYNOPSIS
    Finds mailboxes nobody has logged on to for a number of days.
#>
param(
    [int]$Days = 90,
    [string]$Path = "InactiveMailboxes_$(Get-Date -f yyyy-MM-dd).csv"
)

Connect-ExchangeOnline

$cutoff = (Get-Date).AddDays(-$Days)
$inactive = New-Object System.Collections.Generic.List[object]
$neverLoggedOn = 0

$all = Get-EXOMailbox -ResultSize Unlimited -RecipientTypeDetails UserMailbox -Properties WhenCreated
Write-Host "Checking $($all.Count) mailboxes against $($cutoff.ToShortDateString())"

$index = 0
foreach ($m in $all) {
    $index += 1
    if ($index % 25 -eq 0) {
        Write-Progress -Activity 'Checking last logon' -Status "$index / $($all.Count)" -PercentComplete ($index * 100 / $all.Count)
    }
    $stat = Get-EXOMailboxStatistics -Identity $m.ExchangeGuid -Properties LastLogonTime, LastUserActionTime -ErrorAction SilentlyContinue
    if ($null -eq $stat) { continue }

    $last = $stat.LastUserActionTime
    if (-not $last) { $last = $stat.LastLogonTime }

    if ($null -eq $last) {
        $neverLoggedOn++
        $daysInactive = (New-TimeSpan -Start $m.WhenCreated -End (Get-Date)).Days
    }
    elseif ($last -lt $cutoff) {
        $daysInactive = [int]((Get-Date) - $last).TotalDays
    }
    else {
        continue
    }

    $inactive.Add([pscustomobject]@{
            Name         = $m.DisplayName
            UPN          = $m.UserPrincipalName
            LastActivity = if ($last) { $last.ToString('yyyy-MM-dd') } else { 'Never' }
            DaysInactive = $daysInactive
            Created      = $m.WhenCreated
        })
}

$inactive | Sort-Object DaysInactive -Descending | Export-Csv $Path -NoTypeInformation

$inactive | Group-Object { [math]::Floor($_.DaysInactive / 30) } | Sort-Object { [int]$_.Name } | ForEach-Object {
    '{0,3}-{1,3} days: {2}' -f ([int]$_.Name * 30), (([int]$_.Name + 1) * 30 - 1), $_.Count
}
Write-Host "$($inactive.Count) inactive mailboxes ($neverLoggedOn never used). Saved to $Path" -ForegroundColor Yellow
