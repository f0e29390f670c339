<#
.SYNOPSIS
    Places mailboxes of one department on litigation hold and records what changed.
.NOTES
    Uses a trap so that any unexpected error stops the run with a clear message.
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [string]$Department,
    [ValidateRange(0, 3650)]
    [int]$DurationDays = 0,
    [string]$Comment = 'Placed on hold by legal request'
)

trap {
    Write-Host "Stopped: $($_.Exception.Message)" -ForegroundColor Red
    break
}

Connect-ExchangeOnline -ShowBanner:$false

$targets = Get-User -ResultSize Unlimited -Filter "Department -eq '$Department'" |
    Where-Object RecipientTypeDetails -EQ 'UserMailbox'

if (@($targets).Count -eq 0) {
    throw "No user mailboxes in department '$Department'."
}

$changes = @()
foreach ($user in $targets) {
    $mbx = Get-Mailbox -Identity $user.UserPrincipalName
    if ($mbx.LitigationHoldEnabled) {
        Write-Verbose "$($user.UserPrincipalName) is already on hold"
        continue
    }
    if ($mbx.ProhibitSendReceiveQuota -notmatch 'Unlimited' -and -not $mbx.ArchiveStatus -eq 'Active') {
        Write-Warning "$($user.UserPrincipalName) has no archive; the hold may fill the mailbox."
    }

    $hold = @{
        Identity              = $user.UserPrincipalName
        LitigationHoldEnabled = $true
        LitigationHoldOwner   = $env:USERNAME
        RetentionComment      = $Comment
    }
    if ($DurationDays -gt 0) { $hold['LitigationHoldDuration'] = $DurationDays }

    if ($PSCmdlet.ShouldProcess($user.UserPrincipalName, 'Enable litigation hold')) {
        Set-Mailbox @hold -WarningAction SilentlyContinue
        $changes += [pscustomobject]@{ User = $user.UserPrincipalName; When = Get-Date; Duration = if ($DurationDays) { $DurationDays } else { 'Unlimited' } }
    }
}

$changes | Format-Table -AutoSize
"{0} mailboxes placed on hold." -f $changes.Count
