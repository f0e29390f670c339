<#
.SYNOPSIS
    Finds a phishing message in every mailbox with a compliance search and (optionally) purges it.
.DESCRIPTION
    Connects to Security & Compliance PowerShell, creates a content search from the sender, subject
    and date range, waits for it to finish, shows the hit count per mailbox and, after confirmation,
    runs a soft-delete purge action.
.EXAMPLE
    .\Invoke-ComplianceSearchPurge.ps1 -Sender 'billing@fabrikam-invoices.com' -Subject 'Invoice overdue' -Since 2026-11-01 -Purge
#>
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param(
    [Parameter(Mandatory)][string]$Sender,
    [Parameter(Mandatory)][string]$Subject,
    [Parameter(Mandatory)][ValidateScript({ $_ -le (Get-Date) })][datetime]$Since,
    [ValidateRange(10, 600)][int]$PollSeconds = 30,
    [switch]$Purge
)

$ErrorActionPreference = 'Stop'
$name = 'Phish-{0:yyyyMMdd-HHmm}' -f (Get-Date)

# KQL: dates as yyyy-MM-dd, the subject quoted, everything grouped
$query = @"
(From:$Sender) AND (Subject:"$($Subject -replace '"', '')") AND (Received:$($Since.ToString('yyyy-MM-dd'))..$((Get-Date).AddDays(1).ToString('yyyy-MM-dd')))
"@.Trim()

Connect-IPPSSession -ShowBanner:$false
Write-Host "Creating compliance search '$name'" -ForegroundColor Cyan
Write-Verbose "Query: $query"

$null = New-ComplianceSearch -Name $name -ExchangeLocation All -ContentMatchQuery $query
Start-ComplianceSearch -Identity $name

$started = [datetime]::UtcNow
do {
    Start-Sleep -Seconds $PollSeconds
    $search = Get-ComplianceSearch -Identity $name
    $elapsed = [int]([datetime]::UtcNow - $started).TotalMinutes
    Write-Progress -Activity "Compliance search $name" -Status "$($search.Status), $elapsed min" -PercentComplete ([math]::Min(99, $elapsed * 5))
} while ($search.Status -notin @('Completed', 'Failed') -and $elapsed -lt 60)
Write-Progress -Activity "Compliance search $name" -Completed

if ($search.Status -ne 'Completed') {
    throw "Search $name ended with status $($search.Status) after $elapsed minutes."
}

# SuccessResults is one string: "{Location: a@contoso.com, Item count: 2, Total size: 12345, ...}"
$perMailbox = foreach ($m in [regex]::Matches($search.SuccessResults, 'Location: (?<mbx>[^,]+), Item count: (?<n>\d+)')) {
    $count = 0
    if ([int]::TryParse($m.Groups['n'].Value, [ref]$count) -and $count -gt 0) {
        [pscustomobject]@{ Mailbox = $m.Groups['mbx'].Value; Items = $count }
    }
}

"{0} items in {1} mailboxes ({2:N1} KB)" -f $search.Items, @($perMailbox).Count, ($search.Size / 1KB)
$perMailbox | Sort-Object Items -Descending | Format-Table -AutoSize

if (-not $Purge -or $search.Items -eq 0) { return }

if ($PSCmdlet.ShouldProcess("$($search.Items) items in $(@($perMailbox).Count) mailboxes", 'Soft-delete purge')) {
    New-ComplianceSearchAction -SearchName $name -Purge -PurgeType SoftDelete -Confirm:$false | Out-Null
    do {
        Start-Sleep -Seconds 10
        $action = Get-ComplianceSearchAction -Identity "${name}_Purge"
    } until ($action.Status -eq 'Completed')
    Write-Host "Purge finished: $($action.Results)" -ForegroundColor Green
}
