<#
.SYNOPSIS
    Turns on a scheduled automatic reply for a list of users, e.g. for a holiday closure.
.EXAMPLE
    .\Set-OutOfOfficeBulk.ps1 -Users a@contoso.com,b@contoso.com -Start '2026-12-24 17:00' -End '2027-01-02 08:00'
#>
[CmdletBinding(SupportsShouldProcess = $true)]
param(
    [Parameter(Mandatory = $true)]
    [ValidatePattern('^[^@\s]+@[^@\s]+\.[a-z]{2,}$')]
    [string[]]$Users,

    [Parameter(Mandatory = $true)]
    [datetime]$Start,

    [Parameter(Mandatory = $true)]
    [datetime]$End,

    [ValidateSet('Known', 'All', 'None')]
    [string]$ExternalAudience = 'All'
)

if ($End -le $Start) { throw 'End must be after Start.' }

$internalMessage = @"
<p>Hello,</p>
<p>Our offices are closed from $($Start.ToString('dddd d MMMM')) until $($End.ToString('dddd d MMMM yyyy')).</p>
<p>Urgent requests: please call the service desk on +1 555 0100.</p>
"@

$externalMessage = @'
<p>Thank you for your message. Our offices are closed for the holidays.</p>
<p>We will reply when we are back. For urgent matters write to support@contoso.com.</p>
'@

Connect-ExchangeOnline -ShowBanner:$false

$summary = @{ Set = 0; Skipped = 0; Failed = 0 }
foreach ($user in $Users) {
    $current = Get-MailboxAutoReplyConfiguration -Identity $user -ErrorAction SilentlyContinue
    if ($null -eq $current) {
        Write-Warning "$user has no mailbox."
        $summary.Failed++
        continue
    }
    if ($current.AutoReplyState -eq 'Enabled') {
        Write-Host "$user already has an automatic reply on; leaving it unchanged." -ForegroundColor Yellow
        $summary.Skipped++
        continue
    }

    if ($PSCmdlet.ShouldProcess($user, 'Schedule automatic reply')) {
        Set-MailboxAutoReplyConfiguration -Identity $user `
            -AutoReplyState Scheduled `
            -StartTime $Start `
            -EndTime $End `
            -InternalMessage $internalMessage `
            -ExternalMessage $externalMessage `
            -ExternalAudience $ExternalAudience
        $summary.Set++
    }
}

$summary.GetEnumerator() | Sort-Object Name | ForEach-Object { '{0,-8}{1}' -f $_.Key, $_.Value }
